package org.cxlens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.DialectOverrides;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.importer.mapping.Suggestion;
import org.cxlens.workspace.ImportSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "suggest")
final class SuggestCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin DialectOptions dialect;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "surveyFile")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME")
    String sheet;

    @Override
    public Integer call() throws Exception {
        DialectOverrides fixed = dialect.overrides();
        ImportSession session = new ImportSession(file);
        Preview preview;
        try {
            preview = session.preview(ReadOptions.DETECT.withSheet(sheet).withOverrides(fixed));
        } catch (CxLensException e) {
            throw SheetOptionHint.added(e);
        }
        Suggestion suggestion = session.suggest(preview, fixed).suggestion();
        spec.commandLine().getOut().println(MappingProfile.toJson(suggestion));
        // The JSON goes to a file for editing; the warnings must reach the person at the terminal.
        SuggestionWarnings.print(suggestion, spec.commandLine().getErr());
        return 0;
    }
}
