using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

/// <summary>
/// A complaint, with its deadline rule. A complaint that comes too late is registered as late, so the caseworker can
/// reject it with that reason; the case rests in klagebehandling until it is decided or tingretten has ruled.
/// </summary>
public static class RegistrerKlage
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public Klagegjelder Gjelder { get; init; }

        public DateOnly? Mottatt { get; init; }

        public string Innhold { get; init; } = string.Empty;

        /// <summary>For a klage on a tilbakelevering: the day the debtor received the letter about it, when known.</summary>
        public DateOnly? BrevMottatt { get; init; }

        /// <summary>For a klage on the valuation at a tilbakelevering: the value the debtor claims.</summary>
        public decimal? PastattVerdi { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, bool IRettTid, DateOnly? Frist, string Regel);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Gjelder).IsInEnum().WithMessage("Velg hva klagen gjelder.");
            RuleFor(c => c.Mottatt).NotNull().WithMessage("Oppgi når klagen kom inn.")
                .LessThanOrEqualTo(_ => Oslotid.IDag(clock)).WithMessage("Klagen kan ikke være mottatt frem i tid.");
            RuleFor(c => c.Innhold).NotEmpty().WithMessage("Skriv kort hva klagen går ut på.").MaximumLength(800).WithMessage("Høyst 800 tegn.");
            RuleFor(c => c.BrevMottatt).LessThanOrEqualTo(c => c.Mottatt).When(c => c.Mottatt is not null).WithMessage("Brevet må være mottatt før klagen.");
            RuleFor(c => c.PastattVerdi).GreaterThanOrEqualTo(0).WithMessage("Den påståtte verdien kan ikke være negativ.").IHeleOre();
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var grunnlag = await KlagegrunnlagAsync(db, sak, request.Gjelder, request.BrevMottatt, cancellationToken);
            var vurdering = sak.RegistrerKlage(request.Gjelder, request.Mottatt!.Value, grunnlag, request.PastattVerdi is { } p ? new Belop(p) : null, Oslotid.IDag(clock), request.Innhold);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, vurdering.IRettTid, vurdering.Frist, vurdering.Regel);
        }
    }

    /// <summary>
    /// The dates the klagefrist counts from or to, in Oslo's calendar; <paramref name="brevMottattOppgitt"/> is the day a
    /// caseworker gives for a letter sent outside this system. The debtor's page shows the deadline from the same dates.
    /// </summary>
    internal static async Task<Klagegrunnlag> KlagegrunnlagAsync(NamsmannenDbContext db, Sak sak, Klagegjelder gjelder, DateOnly? brevMottattOppgitt, CancellationToken cancellationToken)
    {
        // Issue 18: a klagefrist that runs from a letter counts from the day its receipt says the debtor got it.
        if (Sak.KlagefristBrev(gjelder) is { } art)
        {
            await db.Entry(sak).Collection(s => s.Brev).Query().Where(b => b.Art == art && b.Mottaker == Brevmottaker.Skyldner).LoadAsync(cancellationToken);
        }

        var brevMottatt = sak.BrevMottatt(gjelder);
        // seed 002: a klage on a tilbakelevering counts from the day the debtor received the letter about it: the day
        // the caseworker gives (a letter sent outside this system), else the letter's receipt, else the day it was carried out.
        if (gjelder == Klagegjelder.Tilbakelevering && sak.Tilbakelevert is { } tilbakelevert)
        {
            return new Klagegrunnlag(brevMottattOppgitt ?? brevMottatt ?? tilbakelevert);
        }

        // The decision complained of is the one that put the case where it stands: its audit line has the time.
        var stadiumkode = sak.Stadium.ToString();
        var avgjort = await db.SaksHendelser.AsNoTracking()
            .Where(h => h.SakId == sak.Id && h.Etter != null && EF.Functions.JsonContains(h.Etter, $"{{\"stadium\": \"{stadiumkode}\"}}"))
            .OrderByDescending(h => h.Id)
            .Select(h => (DateTimeOffset?)h.Tidspunkt)
            .FirstOrDefaultAsync(cancellationToken);
        var registrert = await Revisjon.DatoForAsync(db, sak.Id, Handling.BegjarTvangssalg, cancellationToken);
        var tvangssalgBegjart = sak.Stadium is Saksstadium.Tvangssalg or Saksstadium.Fordeling || registrert is not null
            ? Utlegg.RegistrerSalg.TvangssalgBegjart(sak, registrert)
            : (DateOnly?)null;
        var utbetalt = await db.Fordelinger.AsNoTracking().Where(f => f.SakId == sak.Id && f.Godkjent != null)
            .Select(f => f.Godkjent).FirstOrDefaultAsync(cancellationToken);
        return new Klagegrunnlag(
            brevMottatt ?? (avgjort is { } t ? Oslotid.Dato(t) : sak.Mottatt),
            tvangssalgBegjart,
            utbetalt is { } u ? Oslotid.Dato(u) : null);
    }
}

/// <summary>The caseworker does not uphold a complaint and sends it on to tingretten (tvangsfullbyrdelsesloven § 5-16).</summary>
public static class OversendKlage
{
    public sealed record Command : ICommand<Unit>
    {
        public string Saksnummer { get; init; } = string.Empty;

        /// <summary>The version of the case the user saw; a newer version means someone else acted first.</summary>
        public uint? Versjon { get; init; }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            await db.Entry(sak).Collection(s => s.Klager).LoadAsync(cancellationToken);
            sak.OversendKlage(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>The complaint is decided, by namsmannen or by tingretten; the case returns to where it stood.</summary>
public static class AvgjorKlage
{
    public sealed record Command : ICommand<Unit>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public Klageutfall? Utfall { get; init; }

        public string Avgjorelse { get; init; } = string.Empty;

        public uint? Versjon { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Utfall).NotNull().WithMessage("Velg utfallet av klagen.").IsInEnum().WithMessage("Velg utfallet av klagen.");
            RuleFor(c => c.Avgjorelse).NotEmpty().WithMessage("Skriv hva klagen ble avgjort med.").MaximumLength(800).WithMessage("Høyst 800 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            await db.Entry(sak).Collection(s => s.Klager).LoadAsync(cancellationToken);
            sak.AvgjorKlage(request.Utfall!.Value, request.Avgjorelse, Oslotid.IDag(clock), clock.GetUtcNow());
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return Unit.Value;
        }
    }
}
