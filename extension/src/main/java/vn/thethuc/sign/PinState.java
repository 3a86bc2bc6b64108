package vn.thethuc.sign;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.nio.file.Path;

/**
 * What a PKCS#11 token says about its user PIN after a failed login: the CK_TOKEN_INFO flags
 * CKF_USER_PIN_COUNT_LOW (a wrong PIN since the last right one), CKF_USER_PIN_FINAL_TRY (the next wrong PIN
 * locks it), CKF_USER_PIN_LOCKED. SunPKCS11 does not expose them, so they are read from the module itself
 * through JNA: the library the provider already loaded, already initialised (it is never finalised here
 * unless this call initialised it).
 */
public enum PinState {
    /** The token says nothing (or could not be asked). */
    UNKNOWN,
    COUNT_LOW,
    FINAL_TRY,
    LOCKED;

    static final long CKF_USER_PIN_COUNT_LOW = 0x00010000L;
    static final long CKF_USER_PIN_FINAL_TRY = 0x00020000L;
    static final long CKF_USER_PIN_LOCKED = 0x00040000L;
    private static final long CKR_OK = 0;
    private static final long CKR_CRYPTOKI_ALREADY_INITIALIZED = 0x191;
    /** CK_TOKEN_INFO: label[32], manufacturerID[32], model[16], serialNumber[16], then flags (CK_FLAGS). */
    private static final int FLAGS_OFFSET = 96;

    public static PinState of(long flags) {
        if ((flags & CKF_USER_PIN_LOCKED) != 0) {
            return LOCKED;
        }
        if ((flags & CKF_USER_PIN_FINAL_TRY) != 0) {
            return FINAL_TRY;
        }
        return (flags & CKF_USER_PIN_COUNT_LOW) != 0 ? COUNT_LOW : UNKNOWN;
    }

    /**
     * The PIN state of the token in slot {@code slotIndex} of {@code module}, counted in the list of all
     * slots as SunPKCS11's slotListIndex counts; {@link #UNKNOWN} when it cannot be read.
     */
    public static PinState read(Path module, int slotIndex) {
        try {
            NativeLibrary library = NativeLibrary.getInstance(module.toAbsolutePath().toString());
            long init = call(library, "C_Initialize", Pointer.NULL);
            if (init != CKR_OK && init != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
                return UNKNOWN;
            }
            try {
                Memory count = new Memory(NativeLong.SIZE);
                count.clear();
                if (call(library, "C_GetSlotList", (byte) 0, Pointer.NULL, count) != CKR_OK) {
                    return UNKNOWN;
                }
                long n = count.getNativeLong(0).longValue();
                if (slotIndex < 0 || slotIndex >= n) {
                    return UNKNOWN;
                }
                Memory slots = new Memory(n * NativeLong.SIZE);
                if (call(library, "C_GetSlotList", (byte) 0, slots, count) != CKR_OK) {
                    return UNKNOWN;
                }
                NativeLong slot = slots.getNativeLong((long) slotIndex * NativeLong.SIZE);
                Memory info = new Memory(512);
                info.clear();
                if (call(library, "C_GetTokenInfo", slot, info) != CKR_OK) {
                    return UNKNOWN;
                }
                return of(info.getNativeLong(FLAGS_OFFSET).longValue());
            } finally {
                if (init == CKR_OK) {
                    call(library, "C_Finalize", Pointer.NULL);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // no JNA for this platform, a module without these entry points: the plain message
            return UNKNOWN;
        }
    }

    private static long call(NativeLibrary library, String name, Object... args) {
        Function f = library.getFunction(name);
        return ((NativeLong) f.invoke(NativeLong.class, args)).longValue();
    }
}
