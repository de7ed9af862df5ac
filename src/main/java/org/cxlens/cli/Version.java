package org.cxlens.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = CxLensCli.class.getPackage().getImplementationVersion();
        return new String[] {"CX Lens " + (v == null ? "development build" : v)};
    }
}
