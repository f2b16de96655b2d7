package org.newskg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so {@code --version} never disagrees with the build. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"newskg " + version(), "Java " + System.getProperty("java.version")};
    }
}
