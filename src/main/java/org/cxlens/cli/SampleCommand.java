package org.cxlens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cxlens.domain.Message;
import org.cxlens.sample.SampleFiles;
import org.cxlens.sample.SampleLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sample")
final class SampleCommand implements Callable<Integer> {

    enum Format { csv, xlsx }

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Option(names = "--respondents", required = true, paramLabel = "N")
    int respondents;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--seed", paramLabel = "S")
    long seed = SampleFiles.DEFAULT_SEED;

    @Override
    public Integer call() throws Exception {
        if (respondents < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Message.of("cli.option.atLeastOne", "--respondents").render());
        }
        SampleLayout layout = format == Format.csv ? SampleLayout.PLAIN_CSV : SampleLayout.PLAIN_XLSX;
        SampleFiles.writePlainWide(out, layout, respondents, seed, org.cxlens.domain.Progress.NONE);
        spec.commandLine().getOut().println(Message.of("cli.sample.written", respondents, out.toString()).render());
        return 0;
    }
}
