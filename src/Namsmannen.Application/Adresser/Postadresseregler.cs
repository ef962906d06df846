using System.Linq.Expressions;
using FluentValidation;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Application.Adresser;

/// <summary>
/// One rule for an address namsmannen itself writes down (the creditor's own for letters, the debtor's as a caseworker
/// corrects it): its postnummer is in Posten's register and its poststed is that postnummer's (issue 12, M2). An
/// address a creditor sends for a debtor is only flagged instead (<see cref="Postnummerregister.Kontroller"/>).
/// </summary>
public static class Postadresseregler
{
    public static void PostenKjenner<T>(this AbstractValidator<T> validator, Postnummerregister register, Expression<Func<T, string?>> postnummer, Expression<Func<T, string?>> poststed)
    {
        var nummer = postnummer.Compile();
        var sted = poststed.Compile();
        validator.When(c => !string.IsNullOrWhiteSpace(nummer(c)), () =>
        {
            validator.RuleFor(postnummer).Cascade(CascadeMode.Stop)
                .Matches("^[0-9]{4}$").WithMessage("Postnummeret er fire siffer.")
                .Must(p => register.Finn(p!) is not null).WithMessage(c => $"Postnummeret {nummer(c)!.Trim()} finnes ikke i Postens postnummerregister.");
            validator.RuleFor(poststed)
                .Must((c, s) => register.Kontroller(nummer(c)!, s!) != Adressekontroll.AnnetPoststed)
                .When(c => !string.IsNullOrWhiteSpace(sted(c)))
                .WithMessage(c => $"Postnummer {nummer(c)!.Trim()} hører til {register.Finn(nummer(c)!)!.Navn} i Postens postnummerregister, ikke {sted(c)!.Trim()}.");
        });
    }

    /// <summary>The same finding in a few words, for a list's cell; null when the register knows the address.</summary>
    public static string? KortMerknad(Postnummerregister register, string postnummer, string poststed) => register.Kontroller(postnummer, poststed) switch
    {
        Adressekontroll.UkjentPostnummer => "postnummeret finnes ikke hos Posten",
        Adressekontroll.AnnetPoststed => $"postnummeret hører til {register.Finn(postnummer)!.Navn}",
        _ => null,
    };

    /// <summary>The caseworker's notice of an address Posten's register does not know as given; null when it does.</summary>
    public static string? Merknad(Postnummerregister register, string postnummer, string poststed)
    {
        var per = register.Dato.ToString("d. MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nb-NO"));
        return register.Kontroller(postnummer, poststed) switch
        {
            Adressekontroll.UkjentPostnummer => $"Postnummer {postnummer} finnes ikke i Postens postnummerregister (per {per}). Kontroller adressen i Folkeregisteret før brev sendes dit.",
            Adressekontroll.AnnetPoststed => $"Postnummer {postnummer} hører til {register.Finn(postnummer)!.Navn}, ikke {poststed}, i Postens postnummerregister (per {per}). Kontroller adressen i Folkeregisteret før brev sendes dit.",
            _ => null,
        };
    }
}
