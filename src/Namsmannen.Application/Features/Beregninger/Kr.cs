using Namsmannen.Domain.Penger;

namespace Namsmannen.Application.Features.Beregninger;

/// <summary>Amounts leave the calculators as kroner with exactly two decimals (12345.60, not 12345.6).</summary>
internal static class Kr
{
    public static decimal To(decimal kroner) => decimal.Round(kroner, 2, MidpointRounding.AwayFromZero) + 0.00m;

    public static decimal To(Belop belop) => To(belop.Kroner);
}
