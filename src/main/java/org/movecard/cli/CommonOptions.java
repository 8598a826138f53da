package org.movecard.cli;

import picocli.CommandLine.Mixin;

/** Options every catalogue-reading command shares. */
final class CommonOptions {
    @Mixin
    CatalogueOption catalogue;
}
