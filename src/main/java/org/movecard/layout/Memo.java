package org.movecard.layout;

import java.util.LinkedHashMap;
import java.util.function.Function;

/**
 * A small, bounded, thread-safe memo of a pure function: the last {@code size} results, the least
 * recently used dropped first. For results that are costly to make and immutable once made (a
 * figure's drawing, a QR code); two threads may both compute a missing value, and either wins.
 */
final class Memo<K, V> {
    private final int size;
    private final Function<K, V> compute;
    private final LinkedHashMap<K, V> map = new LinkedHashMap<>(16, 0.75f, true);

    Memo(int size, Function<K, V> compute) {
        this.size = size;
        this.compute = compute;
    }

    /** A memo whose callers say with each key how to make its value ({@link #get(Object, Function)}). */
    Memo(int size) {
        this(size, null);
    }

    V get(K key) {
        return get(key, compute);
    }

    /** The value for {@code key}, made by {@code make} when it is not kept. */
    V get(K key, Function<? super K, ? extends V> make) {
        synchronized (map) {
            V value = map.get(key);
            if (value != null) {
                return value;
            }
        }
        V value = make.apply(key);
        synchronized (map) {
            map.put(key, value);
            if (map.size() > size) {
                map.remove(map.keySet().iterator().next());
            }
        }
        return value;
    }
}
