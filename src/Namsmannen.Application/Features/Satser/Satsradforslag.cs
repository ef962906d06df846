using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Administrasjon;
using Namsmannen.Application.Satser;

namespace Namsmannen.Application.Features.Satser;

/// <summary>A new rate row as an administrator fills it in: which table, from when, its values and its source.</summary>
public abstract record Satsradforslag
{
    /// <summary>The table's code (<see cref="Satstabeller"/>).</summary>
    public string Tabell { get; init; } = string.Empty;

    public DateOnly? Fra { get; init; }

    /// <summary>The values by <see cref="Satsfelt.Sti"/>.</summary>
    public Dictionary<string, decimal?> Verdier { get; init; } = [];

    /// <summary>A URL or a reference to the regulation the values come from.</summary>
    public string Kilde { get; init; } = string.Empty;

    /// <summary>Derived rather than published as such (a policy rate plus 8 points).</summary>
    public bool Avledet { get; init; }

    public Satstabellbeskrivelse? Beskrivelse => Satstabeller.Finn(Tabell);

    /// <summary>The row's JSON; only for a proposal its validator has passed.</summary>
    public string Json() => Beskrivelse!.Json(Verdier.ToDictionary(v => v.Key, v => v.Value!.Value));
}

/// <summary>The rules of a proposed rate row, the same for its preview and for proposing it.</summary>
public abstract class SatsradforslagValidator<T> : AbstractValidator<T>
    where T : Satsradforslag
{
    /// <summary>No rate is worth more than this; a larger figure is a typing error.</summary>
    public const decimal Storst = 10_000_000m;

    protected SatsradforslagValidator(NamsmannenDbContext db, TimeProvider clock)
    {
        RuleFor(f => f.Tabell).Must(t => Satstabeller.Finn(t) is not null).WithMessage("Velg en satstabell.");
        RuleFor(f => f.Fra).NotNull().WithMessage("Skriv inn datoen raden gjelder fra.");
        RuleFor(f => f.Fra)
            .Must((f, fra) => f.Beskrivelse!.GyldigFra(fra!.Value)).WithMessage((f, _) => f.Beskrivelse!.DatoregelTekst)
            .Must(fra => fra!.Value >= new DateOnly(2000, 1, 1) && fra.Value <= Oslotid.IDag(clock).AddYears(2))
            .WithMessage("Fra-datoen må være fra år 2000 og høyst to år fram i tid.")
            .When(f => f.Fra is not null && f.Beskrivelse is not null);
        RuleFor(f => f.Kilde).NotEmpty().WithMessage("Skriv inn kilden: en lenke eller en henvisning til forskriften.")
            .MaximumLength(500).WithMessage("Kilden kan ha høyst 500 tegn.");
        RuleFor(f => f).Custom((f, context) =>
        {
            foreach (var felt in f.Beskrivelse?.Felt ?? [])
            {
                var navn = $"{nameof(Satsradforslag.Verdier)}[{felt.Sti}]";
                var verdi = f.Verdier.GetValueOrDefault(felt.Sti);
                if (verdi is not { } v)
                {
                    context.AddFailure(navn, $"Skriv inn {felt.Ledetekst.ToLowerInvariant()}.");
                }
                else if (v < 0 || v > Storst)
                {
                    context.AddFailure(navn, $"{felt.Ledetekst} må være mellom 0 og {Satstabellbeskrivelse.Tall(Storst, felt)}.");
                }
                else if (decimal.Round(v, felt.Desimaler) != v)
                {
                    context.AddFailure(navn, $"{felt.Ledetekst} kan ha høyst {felt.Desimaler} desimaler.");
                }
            }
        });
        RuleFor(f => f.Fra)
            .MustAsync(async (f, fra, ct) => !await db.Satsrader.AnyAsync(r => r.Tabell == f.Tabell && r.Fra == fra && r.Status == Satsradstatus.Foreslatt, ct))
            .WithMessage((f, fra) => $"Et forslag til {f.Beskrivelse!.Navn.ToLowerInvariant()} fra {f.Beskrivelse.Datotekst(fra!.Value)} venter alt på bekreftelse. Bekreft eller avvis det først.")
            .When(f => f.Fra is not null && f.Beskrivelse is not null);
    }
}
