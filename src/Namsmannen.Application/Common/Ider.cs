using System.Security.Cryptography;

namespace Namsmannen.Application.Common;

/// <summary>
/// Many version 7 GUIDs at once (RFC 9562: 48 bits of Unix milliseconds, then random bits), for set-based inserts.
/// <see cref="Guid.CreateVersion7()"/> asks the operating system for random bytes once per GUID, which showed up as
/// a tenth of the app's CPU time when taking in a batch of 1 000 begjæringer; here one call fills them all.
/// </summary>
public static class Ider
{
    public static Guid[] NyeVersjon7(int antall, DateTimeOffset tidspunkt)
    {
        var ider = new Guid[antall];
        if (antall == 0)
        {
            return ider;
        }

        var tilfeldig = new byte[antall * 16];
        RandomNumberGenerator.Fill(tilfeldig);
        var millisekunder = tidspunkt.ToUnixTimeMilliseconds();
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < antall; i++)
        {
            tilfeldig.AsSpan(i * 16, 16).CopyTo(bytes);
            // unix_ts_ms (48 bits, big-endian), version 7, variant 10 (RFC 9562 § 5.7)
            bytes[0] = (byte)(millisekunder >> 40);
            bytes[1] = (byte)(millisekunder >> 32);
            bytes[2] = (byte)(millisekunder >> 24);
            bytes[3] = (byte)(millisekunder >> 16);
            bytes[4] = (byte)(millisekunder >> 8);
            bytes[5] = (byte)millisekunder;
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            ider[i] = new Guid(bytes, bigEndian: true);
        }

        return ider;
    }
}
