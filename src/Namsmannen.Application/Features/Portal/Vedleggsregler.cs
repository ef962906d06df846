using FluentValidation;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// An uploaded file: its name, its declared type and its bytes. <see cref="Storrelse"/> is the uploaded size; a file
/// too large to accept is passed without its bytes, so it is refused without being read into memory.
/// </summary>
public sealed record Fil(string Filnavn, string Innholdstype, byte[] Innhold)
{
    public long Storrelse { get; init; } = Innhold.Length;
}

/// <summary>Attachments are PDF files of at most 10 MB, checked by their content, not only their name (issue 5).</summary>
public static class Vedleggsregler
{
    public const int MaksBytes = 10 * 1024 * 1024;
    public const int MaksAntall = 10;

    /// <summary>Every PDF file starts with "%PDF-"; a renamed Word file or image does not.</summary>
    public static bool ErPdf(byte[] innhold) =>
        innhold.Length >= 5 && innhold[0] == '%' && innhold[1] == 'P' && innhold[2] == 'D' && innhold[3] == 'F' && innhold[4] == '-';

    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<Fil>> GyldigeVedlegg<T>(this IRuleBuilder<T, IReadOnlyList<Fil>> rule) =>
        rule.Custom((filer, context) =>
        {
            foreach (var feil in Sjekk(filer))
            {
                context.AddFailure(feil);
            }
        });

    public static IEnumerable<string> Sjekk(IReadOnlyList<Fil> filer) =>
        Sjekk(filer, ErPdf, "er ikke en PDF-fil. Last opp vedlegg som PDF.");

    /// <summary>The rules every upload has: how many, none empty, none over 10 MB, and each of a kind <paramref name="godtatt"/> knows by content.</summary>
    private static IEnumerable<string> Sjekk(IReadOnlyList<Fil> filer, Func<byte[], bool> godtatt, string ikkeGodtatt)
    {
        if (filer.Count > MaksAntall)
        {
            yield return $"Høyst {MaksAntall} vedlegg om gangen.";
        }

        foreach (var fil in filer)
        {
            if (fil.Storrelse == 0)
            {
                yield return $"Filen «{fil.Filnavn}» er tom.";
            }
            else if (fil.Storrelse > MaksBytes)
            {
                yield return $"Filen «{fil.Filnavn}» er større enn 10 MB.";
            }
            else if (!godtatt(fil.Innhold))
            {
                yield return $"Filen «{fil.Filnavn}» {ikkeGodtatt}";
            }
        }
    }

    public static string Filnavn(string filnavn)
    {
        var navn = Path.GetFileName(filnavn.Replace('\\', '/')).Trim();
        return navn.Length == 0 ? "vedlegg.pdf" : navn.Length > 200 ? navn[^200..] : navn;
    }

    /// <summary>A JPEG starts FF D8 FF; a PNG with its eight-byte signature.</summary>
    public static string? Bildetype(byte[] innhold) =>
        innhold.Length >= 3 && innhold[0] == 0xFF && innhold[1] == 0xD8 && innhold[2] == 0xFF ? "image/jpeg"
        : innhold.Length >= 8 && innhold.AsSpan(0, 8).SequenceEqual((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : null;

    /// <summary>What the debtor may upload (issue 19): PDF, JPEG or PNG photos, at most 10 MB each, known by content.</summary>
    public static IEnumerable<string> SjekkDokumentasjon(IReadOnlyList<Fil> filer) =>
        Sjekk(filer, innhold => ErPdf(innhold) || Bildetype(innhold) is not null, "er ikke en PDF eller et bilde (JPEG eller PNG).");

    /// <summary>Stores the files on a case with an audit line each, in the caller's transaction.</summary>
    public static void Lagre(Data.NamsmannenDbContext db, Guid sakId, IEnumerable<Fil> filer, Common.ICurrentUser bruker, TimeProvider clock, Data.Portal.Vedleggsavsender avsender = Data.Portal.Vedleggsavsender.Kreditor)
    {
        foreach (var fil in filer)
        {
            var navn = Filnavn(fil.Filnavn);
            db.Vedlegg.Add(new Data.Portal.Vedlegg
            {
                Id = Guid.CreateVersion7(),
                SakId = sakId,
                Filnavn = navn,
                Innholdstype = ErPdf(fil.Innhold) ? "application/pdf" : Bildetype(fil.Innhold) ?? "application/octet-stream",
                Storrelse = fil.Innhold.Length,
                Innhold = fil.Innhold,
                LastetOpp = clock.GetUtcNow(),
                LastetOppAvNavn = bruker.Navn,
                Avsender = avsender,
            });
            db.Journal.Noter(sakId, new Domain.Saker.Sakshendelse.VedleggLastetOpp(navn, fil.Innhold.Length));
        }
    }
}
