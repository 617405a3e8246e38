/* For the Wine test only (packaging/windows/test-under-wine.sh), never shipped.
 *
 * Rust's standard library on Windows 10 and later gets its random bytes (for
 * HashMap keys) from ProcessPrng in bcryptprimitives.dll. Debian's Wine 8.0
 * has no such export, so every Rust exe fails to start there. This stand-in
 * fills the buffer from RtlGenRandom (advapi32's SystemFunction036), which
 * Wine has. Real Windows has the real DLL; the installer and the zip never
 * contain this one. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
