package org.cxlens.cli;

import org.cxlens.domain.Message;
import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = CxLensCli.class.getPackage().getImplementationVersion();
        return new String[] {Message.of("cli.version", v == null ? Message.of("cli.version.development").render() : v)
                .render()};
    }
}
