package dev.pgcraft.report;

/** {@code pgcraft:erd}: the model's ER diagrams as Mermaid text in one Markdown file. */
public final class ErdWriter {

    private ErdWriter() {
    }

    /** Writes the diagrams and returns the model they show. */
    public static ModelDescription write(ErdOptions options) {
        ModelDescription model = ModelDescriber.describe(options.config(), options.configDisplayName());
        ReportFiles.write(options.output(), Erd.markdown(model));
        return model;
    }
}
