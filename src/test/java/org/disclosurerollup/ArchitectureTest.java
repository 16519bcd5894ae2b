package org.disclosurerollup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Packages by feature, without cycles; the domain core knows nothing of Spring Batch or the command line. */
@AnalyzeClasses(packages = "org.disclosurerollup", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.disclosurerollup.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainDataIsPlainJava = noClasses().that()
            .resideInAnyPackage("org.disclosurerollup.catalog..", "org.disclosurerollup.register..",
                    "org.disclosurerollup.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.batch..", "picocli..");

    @ArchTest
    static final ArchRule onlyTheCommandLineKnowsPicocli = noClasses().that()
            .resideOutsideOfPackages("org.disclosurerollup.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..");
}
