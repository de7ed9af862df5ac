package org.cxlens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Touchpoint;
import org.cxlens.storage.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Edits one entry of the touchpoint catalogue: owner, moment type, journey order, target. */
@Command(name = "touchpoint")
final class TouchpointCommand implements Callable<Integer> {

    enum Moment { standard, truth, excel }

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Parameters(index = "0", paramLabel = "P.cxlens", descriptionKey = "project")
    Path project;

    @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "name")
    String name;

    @Option(names = "--department", paramLabel = "D")
    String department;

    @Option(names = "--moment", paramLabel = "standard|truth|excel")
    Moment moment;

    @Option(names = "--order", paramLabel = "N")
    Integer order;

    @Option(names = "--target", paramLabel = "SHARE|default")
    String target;

    @Override
    public Integer call() throws Exception {
        try (ProjectFile file = ProjectFile.open(project)) {
            List<Touchpoint> catalogue = file.touchpoints();
            Touchpoint t = catalogue.stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new CxLensException(Message.of("cli.touchpoint.unknown", name,
                            String.join(", ", catalogue.stream().map(Touchpoint::name).toList()))));
            Touchpoint edited = new Touchpoint(t.id(), t.slot(), t.name(),
                    department != null ? department : t.department(),
                    moment != null ? momentType(moment) : t.momentType(),
                    order != null ? order : t.journeyOrder(), t.scale(), target != null ? share(target) : t.target());
            file.updateTouchpoint(edited);
            Message target = edited.target() == null ? Message.of("cli.touchpoint.defaultTarget")
                    : Message.of("cli.touchpoint.ownTarget", Math.round(edited.target() * 100));
            spec.commandLine().getOut().println(Message.of("cli.touchpoint.edited", edited.name(),
                    edited.department() == null ? "-" : edited.department(),
                    Message.of("cli.moment." + edited.momentType()).render(), edited.journeyOrder(), target.render())
                    .render());
        }
        OverviewKept.store(project, spec.commandLine().getOut());
        return 0;
    }

    private static MomentType momentType(Moment m) {
        return switch (m) {
            case standard -> MomentType.STANDARD;
            case truth -> MomentType.MOMENT_OF_TRUTH;
            case excel -> MomentType.EXCEL;
        };
    }

    private static Double share(String text) throws CxLensException {
        if (text.equalsIgnoreCase("default")) {
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new CxLensException(Message.of("cli.touchpoint.target", text));
    }
}
