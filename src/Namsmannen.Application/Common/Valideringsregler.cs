using FluentValidation;
using Namsmannen.Domain.Penger;

namespace Namsmannen.Application.Common;

/// <summary>Field rules that many commands share, with one wording each.</summary>
public static class Valideringsregler
{
    public const string HeleOre = "Oppgi beløpet i hele øre (høyst to desimaler).";

    /// <summary>Amounts are NOK in øre: at most two decimals (domain.md § 4).</summary>
    public static IRuleBuilderOptions<T, decimal> IHeleOre<T>(this IRuleBuilder<T, decimal> rule, string melding = HeleOre) =>
        rule.Must(Belop.ErHeleOre).WithMessage(melding);

    /// <summary>As <see cref="IHeleOre{T}(IRuleBuilder{T, decimal}, string)"/>; an absent amount is left to NotNull.</summary>
    public static IRuleBuilderOptions<T, decimal?> IHeleOre<T>(this IRuleBuilder<T, decimal?> rule, string melding = HeleOre) =>
        rule.Must(v => v is null || Belop.ErHeleOre(v.Value)).WithMessage(melding);

    /// <summary>A Norwegian account number (11 digits, MOD11), with the reason it is not one as the field's message.</summary>
    public static IRuleBuilderOptions<T, string?> ErKontonummer<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(t => Kontonummer.TryParse(t, out _, out _)).WithMessage((_, t) => Kontonummer.TryParse(t, out var _, out var feil) ? string.Empty : feil);
}
