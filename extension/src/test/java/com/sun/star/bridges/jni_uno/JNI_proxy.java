package com.sun.star.bridges.jni_uno;

import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * A stand-in for the handler of LibreOffice's Java bridge (java_uno.jar is not on the unit tests' path),
 * with the fields {@code vn.thethuc.uno.boot.Proxies} reads: the finalizer queue the bridge gave the proxy
 * ({@code null} once LibreOffice has disposed it) and the Java environment that registers every proxy made,
 * shaped as LibreOffice 7.4's {@code java_environment} (registry → oid → type → weak reference).
 */
public final class JNI_proxy implements InvocationHandler {
    /** An {@code AsynchronousFinalizer} in the bridge; typed loosely so that this stand-in needs no UNO type. */
    private final Object m_finalizer;
    private final Environment m_java_env;

    private JNI_proxy(Object finalizer, Environment env) {
        m_finalizer = finalizer;
        m_java_env = env;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        return null;
    }

    /** A proxy as the bridge makes it: registered in {@code env}, with {@code finalizer} (may be null). */
    public static Object make(Environment env, String oid, Object finalizer) {
        Object proxy = Proxy.newProxyInstance(JNI_proxy.class.getClassLoader(), new Class<?>[] {Runnable.class},
                new JNI_proxy(finalizer, env));
        Level1 entry = new Level1();
        entry.level2map.put(Runnable.class, new WeakReference<>(proxy));
        env.proxies.level1map.put(oid, entry);
        return proxy;
    }

    /** The finalizer queue {@code proxy}'s handler holds now. */
    public static Object finalizerOf(Object proxy) {
        return ((JNI_proxy) Proxy.getInvocationHandler(proxy)).m_finalizer;
    }

    public static final class Environment {
        final Registry proxies = new Registry();
    }

    static final class Registry {
        final Map<String, Level1> level1map = new HashMap<>();
    }

    static final class Level1 {
        final Map<Object, WeakReference<Object>> level2map = new HashMap<>();
    }
}
