using Namsmannen.Application.Common;

namespace Namsmannen.Application.Tests.Common;

public sealed class IderTests
{
    [Fact]
    public void Many_ids_at_once_are_distinct_version_7_with_the_time_in_front()
    {
        var tidspunkt = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

        var ider = Ider.NyeVersjon7(10_000, tidspunkt);

        ider.Distinct().Count().ShouldBe(10_000);
        ider.ShouldAllBe(id => id.Version == 7 && (id.Variant & 0b1100) == 0b1000);
        var bytes = ider[0].ToByteArray(bigEndian: true);
        var ms = ((long)bytes[0] << 40) | ((long)bytes[1] << 32) | ((long)bytes[2] << 24) | ((long)bytes[3] << 16) | ((long)bytes[4] << 8) | bytes[5];
        ms.ShouldBe(tidspunkt.ToUnixTimeMilliseconds());
        Ider.NyeVersjon7(0, tidspunkt).ShouldBeEmpty();
    }
}
