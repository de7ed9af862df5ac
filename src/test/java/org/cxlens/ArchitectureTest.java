package org.cxlens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md §7. */
@AnalyzeClasses(packages = "org.cxlens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyStorageUsesJdbc = noClasses()
            .that().resideOutsideOfPackage("org.cxlens.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyUiAppAndReportUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.cxlens.ui..", "org.cxlens.app..", "org.cxlens.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.cxlens.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.cxlens.importer..", "org.cxlens.storage..", "org.cxlens.analysis..",
                    "org.cxlens.report..", "org.cxlens.workspace..", "org.cxlens.cli..", "org.cxlens.ui..",
                    "org.cxlens.app..", "org.cxlens.sample..");

    @ArchTest
    static final ArchRule coreLayersStayApart = noClasses()
            .that().resideInAnyPackage("org.cxlens.importer..", "org.cxlens.storage..",
                    "org.cxlens.analysis..", "org.cxlens.sample..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cxlens.workspace..",
                    "org.cxlens.ui..", "org.cxlens.app..", "org.cxlens.cli..", "org.cxlens.report..");

    @ArchTest
    static final ArchRule storageKnowsOnlyDomain = noClasses()
            .that().resideInAPackage("org.cxlens.storage..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.cxlens.importer..", "org.cxlens.analysis..", "org.cxlens.sample..");

    @ArchTest
    static final ArchRule importerAndAnalysisDoNotKnowStorage = noClasses()
            .that().resideInAnyPackage("org.cxlens.importer..", "org.cxlens.analysis..", "org.cxlens.sample..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cxlens.storage..");

    /** The workspace serves both front ends, so it knows neither of them. */
    @ArchTest
    static final ArchRule workspaceKnowsNoFrontEnd = noClasses()
            .that().resideInAPackage("org.cxlens.workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cxlens.cli..", "org.cxlens.ui..", "org.cxlens.app..");

    /** The UI reaches the project file only through the workspace. */
    @ArchTest
    static final ArchRule uiDoesNotTalkToStorage = noClasses()
            .that().resideInAPackage("org.cxlens.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.cxlens.storage..");

    @ArchTest
    static final ArchRule uiDoesNotKnowTheCli = noClasses()
            .that().resideInAPackage("org.cxlens.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.cxlens.cli..");

    @ArchTest
    static final ArchRule cliDoesNotKnowTheDesktop = noClasses()
            .that().resideInAPackage("org.cxlens.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cxlens.ui..", "org.cxlens.app..");

    /** The app opens projects through the workspace; only the launcher above both front ends knows the CLI. */
    @ArchTest
    static final ArchRule appDoesNotKnowTheCli = noClasses()
            .that().resideInAPackage("org.cxlens.app..")
            .should().dependOnClassesThat().resideInAPackage("org.cxlens.cli..");

    @ArchTest
    static final ArchRule noStandardOutOutsideCli = noClasses()
            .that().resideOutsideOfPackage("org.cxlens.cli..")
            .should().accessField(System.class, "out");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.cxlens.(*)..").should().beFreeOfCycles();
}
