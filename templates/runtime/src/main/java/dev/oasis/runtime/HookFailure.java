package dev.oasis.runtime;

/**
 * A failure of the caller's own code (an interceptor, a token supplier), carried to the caller
 * without its messages: they might hold a secret, such as the header a signer was given. Class
 * names and stack traces are kept, the causes likewise.
 */
final class HookFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How deep a chain of causes is kept. */
    private static final int MAX_CAUSES = 8;

    /**
     * @param what which hook failed, such as "a request interceptor"
     * @param error what it threw
     */
    HookFailure(String what, Throwable error) {
        super(what + " failed with " + error.getClass().getName() + " (its message is withheld, as it may hold a secret)",
                new Withheld(error, MAX_CAUSES));
    }

    /** A throwable's class and stack trace, its message withheld. */
    static final class Withheld extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Withheld(Throwable original, int depth) {
            super(original.getClass().getName() + " (message withheld)",
                    original.getCause() == null || depth <= 1 ? null : new Withheld(original.getCause(), depth - 1));
            setStackTrace(original.getStackTrace());
        }
    }
}
