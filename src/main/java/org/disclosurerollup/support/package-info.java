/** Small shared infrastructure for the features' Spring Batch steps. */
package org.disclosurerollup.support;
