package dev.oasis.generator.render;

/** A template could not be compiled or rendered; names the template and the line. */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;

    /** Creates the exception for a template and a 1-based line (0 when unknown). */
    public TemplateException(String template, int line, String message) {
        super(message);
        this.template = template;
        this.line = line;
    }

    /** The template's relative name. */
    public String template() {
        return template;
    }

    /** The 1-based line in the template, or 0 when unknown. */
    public int line() {
        return line;
    }
}
