package dev.oasis.generator.incremental;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * A stable digest of a template model: the record's components in declaration order, each value
 * written with its kind and length, nested records, lists, maps and optionals followed all the way
 * down. Template models are plain data, so two models with equal digests render the same text from
 * the same template. A value of any other kind is refused, so a template model that starts to hold
 * something the digest cannot see fails loudly in the tests instead of being skipped silently.
 */
public final class TemplateModelDigest {

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] handles = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                try {
                    accessor.setAccessible(true);
                    handles[i] = new Component(components[i].getName(), MethodHandles.lookup().unreflect(accessor));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalArgumentException("cannot read the template model " + type.getName(), e);
                }
            }
            return handles;
        }
    };

    private final MessageDigest digest = Hashes.sha256();
    private final byte[] buffer = new byte[8192];
    private int used;

    private TemplateModelDigest() {
    }

    /** The digest of {@code model}, a record, as lower-case hex. */
    public static String of(Record model) {
        TemplateModelDigest writer = new TemplateModelDigest();
        writer.value(model);
        writer.flush();
        return HexFormat.of().formatHex(writer.digest.digest());
    }

    /**
     * The key of one output file: the digest of its template's name, its path and its template
     * model. Under one {@link Fingerprint#ofRendering rendering fingerprint}, equal keys mean equal
     * rendered text, imports aside ({@link OutputSource#packageLookups()}).
     */
    public static String ofOutput(String template, String relativePath, Record model) {
        TemplateModelDigest writer = new TemplateModelDigest();
        writer.text("oasis output 1");
        writer.text(template);
        writer.text(relativePath);
        writer.value(model);
        writer.flush();
        return HexFormat.of().formatHex(writer.digest.digest());
    }

    private void value(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            tag('s');
            text(text);
        } else if (value instanceof Boolean flag) {
            tag(flag ? 'T' : 'F');
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            tag('n');
            number(((Number) value).longValue());
        } else if (value instanceof Character character) {
            tag('c');
            number(character);
        } else if (value instanceof Enum<?> constant) {
            tag('e');
            text(constant.getDeclaringClass().getName());
            text(constant.name());
        } else if (value instanceof Record record) {
            record(record);
        } else if (value instanceof Collection<?> items) {
            tag('l');
            number(items.size());
            items.forEach(this::value);
        } else if (value instanceof Map<?, ?> map) {
            tag('m');
            number(map.size());
            map.forEach((key, item) -> {
                value(key);
                value(item);
            });
        } else if (value instanceof Optional<?> optional) {
            tag('o');
            value(optional.orElse(null));
        } else {
            throw new IllegalArgumentException("a template model holds a " + value.getClass().getName()
                    + ", which is not plain data (records, text, numbers, booleans, enums, lists, maps, optionals)");
        }
    }

    private void record(Record record) {
        tag('r');
        text(record.getClass().getName());
        for (Component component : COMPONENTS.get(record.getClass())) {
            text(component.name());
            try {
                value(component.accessor().invoke(record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + component.name() + " of " + record.getClass().getName(), e);
            }
        }
    }

    private void text(String text) {
        number(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (used + 2 > buffer.length) {
                flush();
            }
            buffer[used++] = (byte) (c >>> 8);
            buffer[used++] = (byte) c;
        }
    }

    private void number(long value) {
        if (used + 8 > buffer.length) {
            flush();
        }
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[used++] = (byte) (value >>> shift);
        }
    }

    private void tag(char kind) {
        if (used + 1 > buffer.length) {
            flush();
        }
        buffer[used++] = (byte) kind;
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }

    private record Component(String name, MethodHandle accessor) {
    }
}
