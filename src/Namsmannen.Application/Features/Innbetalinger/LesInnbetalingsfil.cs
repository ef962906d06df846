using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Innbetalinger;

/// <summary>
/// Books a bank file of payments to namsmannen's account (camt.054, issue 16): each credit whose KID names an open case
/// of the user's office is booked on that case (interest to its value date first, then costs, interest, principal);
/// anything else goes to the office's suspense queue with the reason. What a payment covered is owed to the case's
/// creditor, what it paid beyond the balance to the payer (<see cref="Utbetalingsposter"/>). The file is kept; a file or a bank reference
/// seen before books nothing. All in one transaction: the file is booked whole or not at all.
/// </summary>
public static class LesInnbetalingsfil
{
    public const int StorsteFil = 20 * 1024 * 1024;

    /// <summary>How many payments are booked per round trip (cases read in one query, saved in one batch).</summary>
    private const int Del = 1_000;

    public sealed record Command(string Filnavn, byte[] Innhold) : ICommand<Result>;

    public enum Utfall
    {
        Bokfort,
        Uavklart,
        Duplikat,
    }

    public sealed record Linje(string Referanse, decimal Belop, string? Kid, string? Saksnummer, Utfall Utfall, string? Merknad);

    public sealed record Result(Guid? FilId, bool SettFor, IReadOnlyList<Linje> Linjer);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Innhold).Must(i => i.Length > 0).WithMessage("Velg en camt.054-fil.")
                .Must(i => i.Length <= StorsteFil).WithMessage("Filen kan være høyst 20 MB.");
            RuleFor(c => c.Filnavn).MaximumLength(200).WithMessage("Filnavnet kan ha høyst 200 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : MediatR.IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var hash = Convert.ToHexStringLower(SHA256.HashData(request.Innhold));
            if (await db.Innbetalingsfiler.AnyAsync(f => f.Sha256 == hash, cancellationToken))
            {
                return new Result(null, true, []);
            }

            var (krediteringer, feil) = Camt054.Les(new MemoryStream(request.Innhold));
            if (feil is not null)
            {
                throw new ValidationException([new ValidationFailure("Fil", feil)]);
            }

            var naa = clock.GetUtcNow();
            var fil = new Innbetalingsfil { Id = Guid.NewGuid(), Filnavn = Path.GetFileName(request.Filnavn), Sha256 = hash, Innhold = request.Innhold, Mottatt = naa, LastetOppAvNavn = bruker.Navn };
            db.Innbetalingsfiler.Add(fil);
            var referanser = krediteringer.Select(k => k.Referanse).Distinct().ToArray();
            var sett = (await db.Innbetalinger.Where(i => referanser.Contains(i.Referanse)).Select(i => i.Referanse).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var linjer = new List<Linje>(krediteringer.Count);
            // In parts: each part's cases are read in one query, booked, saved and let go, all in the command's one
            // transaction, so a file of 100 000 payments books as fast as one of ten, and still all or nothing.
            foreach (var del in krediteringer.Chunk(Del))
            {
                var saker = await SakerAsync(del, kontor, cancellationToken);
                var kreditorer = await KreditornavnAsync(saker.Values, cancellationToken);
                foreach (var k in del)
                {
                    if (!sett.Add(k.Referanse))
                    {
                        linjer.Add(new Linje(k.Referanse, k.Belop, k.Kid, null, Utfall.Duplikat, "Bokført fra en tidligere fil."));
                        continue;
                    }

                    var (sak, merknad) = Finn(k, saker);
                    var overskudd = Belop.Null;
                    if (sak is { Saksnummer: var saksnummer })
                    {
                        try
                        {
                            overskudd = RegistrerBetaling.Bokfor(db, sak, new Belop(k.Belop), k.Valuteringsdato, satser, clock, bruker);
                        }
                        catch (DomainException avvist)
                        {
                            // One line the case cannot take (valued before its last booking) waits for a caseworker; it
                            // never stops the rest of the bank's file. The case refuses before it changes anything.
                            (sak, merknad) = (null, $"Kunne ikke føres på sak {saksnummer}: {avvist.Message}");
                        }
                    }

                    var innbetaling = new Innbetaling
                    {
                        Id = Guid.NewGuid(),
                        FilId = fil.Id,
                        Referanse = k.Referanse,
                        Belop = k.Belop,
                        Bokforingsdato = k.Bokforingsdato,
                        Valuteringsdato = k.Valuteringsdato,
                        Kid = k.Kid?[..Math.Min(k.Kid.Length, 25)],
                        Betaler = k.Betaler?[..Math.Min(k.Betaler.Length, 200)],
                        BetalerKonto = k.BetalerKonto,
                        Tekst = k.Tekst?[..Math.Min(k.Tekst.Length, 500)],
                        Status = sak is null ? Innbetalingsstatus.Uavklart : Innbetalingsstatus.Bokfort,
                        Merknad = merknad is { Length: > 300 } lang ? lang[..300] : merknad,
                        SakId = sak?.Id,
                        Kontor = sak?.Kontor ?? kontor ?? "*",
                    };
                    db.Innbetalinger.Add(innbetaling);
                    if (sak is not null)
                    {
                        Utbetalingsposter.ForInnbetaling(db, sak, kreditorer[sak.KreditorId], innbetaling, overskudd, naa);
                    }

                    linjer.Add(new Linje(k.Referanse, k.Belop, k.Kid, sak?.Saksnummer, sak is null ? Utfall.Uavklart : Utfall.Bokfort, merknad));
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            await db.SaveChangesAsync(cancellationToken); // a file without credits is kept too
            return new Result(fil.Id, false, linjer);
        }

        /// <summary>The cases of the user's office (any office for an administrator) the part's valid KIDs name, by saksnummer, with their ledgers and open deadlines.</summary>
        private async Task<Dictionary<string, Domain.Saker.Sak>> SakerAsync(Camt054.Kreditering[] del, string? kontor, CancellationToken cancellationToken)
        {
            var saksnumre = del.Select(k => Kid.Saksnummer(k.Kid)).OfType<string>().Distinct().ToArray();
            return saksnumre.Length == 0
                ? []
                : await db.Saker.Where(s => saksnumre.Contains(s.Saksnummer) && (kontor == null || s.Kontor == kontor))
                    .MedRegler().AsSplitQuery()
                    .ToDictionaryAsync(s => s.Saksnummer, StringComparer.Ordinal, cancellationToken);
        }

        private async Task<Dictionary<Guid, string>> KreditornavnAsync(IEnumerable<Domain.Saker.Sak> saker, CancellationToken cancellationToken)
        {
            var ider = saker.Select(s => s.KreditorId).Distinct().ToArray();
            return await db.Kreditorer.Where(k => ider.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Navn, cancellationToken);
        }

        /// <summary>The open case the credit's KID names among <paramref name="saker"/>, or why there is none.</summary>
        private static (Domain.Saker.Sak? Sak, string? Merknad) Finn(Camt054.Kreditering k, Dictionary<string, Domain.Saker.Sak> saker)
        {
            if (k.Valuta != "NOK")
            {
                return (null, $"Beløpet er i {k.Valuta}, ikke NOK.");
            }

            if (string.IsNullOrEmpty(k.Kid))
            {
                return (null, "Betalingen har ingen KID.");
            }

            if (Kid.Saksnummer(k.Kid) is not { } saksnummer)
            {
                return (null, $"KID {k.Kid} er ikke gyldig eller er ikke en saks KID.");
            }

            return saker.GetValueOrDefault(saksnummer) switch
            {
                null => (null, $"KID {k.Kid} peker ikke på en sak ved kontoret."),
                { ErLukket: true } => (null, $"Sak {saksnummer} er lukket; beløpet må betales tilbake eller føres på en annen sak."),
                var sak => (sak, null),
            };
        }
    }
}
