/** The official table formats (templates V2014, V2019, V2021): cells, tables and arithmetic rules, read from the data files in {@code domain/}. */
package org.disclosurerollup.catalog;
