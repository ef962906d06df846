using Microsoft.EntityFrameworkCore;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Portal;

/// <summary>
/// The creditors' status feed (domain.md § 12: creditors want status without chasing). Every change a creditor cares
/// about adds a line in the same transaction as the change. Lines get their public sequence number afterwards, in
/// <see cref="SekvenserAsync"/>: numbers handed out at insert time would let a reader see number 11 from a quick
/// transaction while a slower one still holds number 10, and a client that resumes after 11 would miss 10 for ever.
/// </summary>
public static class Statusfeed
{
    /// <summary>Serialises the numbering; any constant unique to this purpose will do.</summary>
    public const long Laas = 0x4E414D53_46454544; // "NAMSFEED"

    /// <summary>Every type a feed line can have, for the API documentation (issue 12, M10): the stage changes by their action, and the amendments.</summary>
    public static IReadOnlyList<string> Typer =>
        ["BEGJARING_MOTTATT", "BETALING_REGISTRERT", "KRAV_REDUSERT", "TREKK_MANGLER", Journal.UtsettelseOnsketKode, Journal.Trekkversjonskode(Domain.Trekkordning.Trekkstatus.Stoppet), .. Enum.GetValues<Handling>().Select(Journal.Kode)];

    /// <summary>
    /// Numbers every committed line that has no number yet, after every number already given, under a lock so two
    /// numberings never interleave. A line committed later gets a higher number, so a reader that resumes after the
    /// highest number it has seen misses nothing.
    /// </summary>
    public static Task SekvenserAsync(NamsmannenDbContext db, CancellationToken cancellationToken) =>
        Sekvensering.NummererAsync(db, Laas, "kreditor_hendelser", cancellationToken);
}
