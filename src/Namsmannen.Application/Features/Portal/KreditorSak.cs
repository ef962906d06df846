using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// One case as its creditor may see it: what the creditor submitted, the stage, the money, the status history, the
/// attachments and an approved fordeling. Nothing namsmannen has learned about the debtor. Another creditor's case is
/// "not found".
/// </summary>
public static class KreditorSak
{
    public sealed record Query(string Saksnummer) : IRequest<Result>;

    public sealed record Hendelse(long? Sekvens, string Type, Saksstadium Stadium, decimal Krav, decimal Innbetalt, DateOnly Dato, DateTimeOffset Tidspunkt);

    public sealed record VedleggRad(Guid Id, string Filnavn, int Storrelse, DateTimeOffset LastetOpp);

    public sealed record Fordelingslinje(int Rekkefolge, string Mottaker, decimal Belop, decimal Udekket, bool Saksoker);

    public sealed record Fordeling(DateOnly Dato, decimal Salgssum, decimal Salgsomkostninger, decimal Rettsgebyr, DateTimeOffset Godkjent, IReadOnlyList<Fordelingslinje> Linjer);

    public sealed record Result(
        string Saksnummer,
        string Referanse,
        Begjaringstype Type,
        Saksstadium Stadium,
        DateOnly Mottatt,
        string Skyldner,
        string SkyldnerIdMaskert,
        Grunnlagstype GrunnlagType,
        DateOnly? GrunnlagForkynt,
        DateOnly? GrunnlagOppfyllelsesfrist,
        DateOnly? GrunnlagForfall,
        DateOnly? VarselSendt,
        decimal Hovedstol,
        decimal Renter,
        decimal Omkostninger,
        decimal Innbetalt,
        uint Versjon,
        IReadOnlyList<Hendelse> Hendelser,
        IReadOnlyList<VedleggRad> Vedlegg,
        Fordeling? GodkjentFordeling)
    {
        public decimal Krav => Hovedstol + Renter + Omkostninger;

        /// <summary>Forsinkelsesrente and fees booked on top of the claim (issue 16).</summary>
        public decimal Tillegg { get; init; }

        /// <summary>What is owed as of the last booking: the claim with booked interest and fees, less what is paid.</summary>
        public decimal Utestaende => Krav + Tillegg - Innbetalt;

        public bool ErLukket => Saksforlop.Lukket.Contains(Stadium);

        /// <summary>Amendments the creditor can make now: the same transition table as the caseworker's actions.</summary>
        public bool KanTrekkes => Saksforlop.Finn(Stadium, Type, Handling.TrekkTilbake) is not null;

        public bool KanUtsettes => Saksforlop.Finn(Stadium, Type, Handling.Utsett) is not null;
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var nr = request.Saksnummer.Trim();
            var sak = await db.Saker.AsNoTracking()
                .Where(s => s.Saksnummer == nr && s.KreditorId == kreditorId)
                .Join(db.Skyldnere, s => s.SkyldnerId, d => d.Id, (s, d) => new
                {
                    Sak = s,
                    Navn = EF.Property<string?>(s, NamsmannenDbContext.InnsendtSkyldnernavn) ?? d.Navn,
                    d.Identifikator,
                    SkyldnerType = d.Type,
                })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {nr}.");
            var s = sak.Sak;
            var hendelser = await db.KreditorHendelser.AsNoTracking()
                .Where(h => h.SakId == s.Id)
                .OrderBy(h => h.Id)
                .Select(h => new { h.Sekvens, h.Type, h.Stadium, h.Krav, h.Innbetalt, h.Dato, h.Tidspunkt })
                .ToListAsync(cancellationToken);
            var vedlegg = await db.Vedlegg.AsNoTracking()
                .Where(v => v.SakId == s.Id && v.Avsender == Data.Portal.Vedleggsavsender.Kreditor)
                .OrderBy(v => v.LastetOpp)
                .Select(v => new VedleggRad(v.Id, v.Filnavn, v.Storrelse, v.LastetOpp))
                .ToListAsync(cancellationToken);
            var fordeling = await db.Fordelinger.AsNoTracking()
                .Where(f => f.SakId == s.Id && f.Godkjent != null)
                .Include(f => f.Linjer)
                .SingleOrDefaultAsync(cancellationToken);
            return new Result(
                s.Saksnummer,
                s.KreditorReferanse,
                s.Type,
                s.Stadium,
                s.Mottatt,
                sak.Navn,
                sak.SkyldnerType == Skyldnertype.Person ? Fodselsnummer.Mask(sak.Identifikator) : sak.Identifikator,
                s.Grunnlag.Type,
                s.Grunnlag.Forkynt,
                s.Grunnlag.Oppfyllelsesfrist,
                s.Grunnlag.Forfall,
                s.VarselSendt,
                s.Hovedstol,
                s.Renter,
                s.Omkostninger,
                s.Innbetalt,
                s.Versjon,
                hendelser.Select(h => new Hendelse(h.Sekvens, h.Type, Enum.Parse<Saksstadium>(h.Stadium), h.Krav, h.Innbetalt, h.Dato, h.Tidspunkt)).ToList(),
                vedlegg,
                fordeling is null ? null : new Fordeling(fordeling.Dato, fordeling.Salgssum, fordeling.Salgsomkostninger, fordeling.Rettsgebyr, fordeling.Godkjent!.Value,
                    fordeling.Linjer.OrderBy(l => l.Rekkefolge).Select(l => new Fordelingslinje(l.Rekkefolge, l.Mottaker, l.Belop, l.Udekket, l.Saksoker)).ToList()))
            {
                Tillegg = s.Tillegg,
            };
        }
    }
}
