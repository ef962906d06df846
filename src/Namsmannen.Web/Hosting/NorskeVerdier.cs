using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Reads what people type into a form, the way they type it in Norway, for every page at once: amounts as
/// 12 345,67 (or 12345.67), dates as 21.11.2026 (or the 2026-11-21 of a date field), whole numbers, and the children's
/// ages of a household as one field («3, 8», <see cref="Barnealdre"/>). A value that
/// cannot be read becomes an error by its field that names it; an empty field binds nothing, so an optional amount
/// stays 0 and an optional date stays empty, and the command's validator says what is missing.
/// </summary>
public sealed class NorskeVerdier : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        if (type == typeof(bool))
        {
            return new Avkrysning();
        }

        return type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(int) || type == typeof(IReadOnlyList<int>) ? new Binder(type) : null;
    }

    /// <summary>What a field shows: what the user typed when the form comes back, else the value it holds.</summary>
    public static string? Verdi(ModelStateDictionary state, string felt, object? verdi) =>
        state.TryGetValue(felt, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : verdi switch
            {
                decimal belop => belop.ToString("0.00", WebSetup.Norsk),
                DateOnly dato => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable tall => tall.ToString(null, CultureInfo.InvariantCulture),
                _ => verdi?.ToString(),
            };

    /// <summary>What the ages field shows: what was typed when the form comes back, else the ages as «8, 3».</summary>
    public static string Aldre(ModelStateDictionary state, string felt, IReadOnlyList<int>? aldre) =>
        state.TryGetValue(felt, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : Barnealdre.Skriv(aldre ?? []);

    /// <summary>The field in words, for messages: what the command's property is called in a sentence.</summary>
    public static string Feltnavn(string property) => property switch
    {
        "Belop" => "beløpet",
        "Dato" => "datoen",
        "Fra" => "fra-datoen",
        "Forkynt" => "forkynnelsesdatoen",
        "Forfall" => "forfallsdatoen",
        "VarselSendt" => "datoen varselet ble sendt",
        "Til" => "datoen",
        "Start" => "datoen for første trekk",
        "Mottatt" => "datoen klagen kom inn",
        "BrevMottatt" => "datoen brevet kom frem",
        "PastattVerdi" => "verdien skyldneren mener er riktig",
        "Salgssum" => "salgssummen",
        "Salgsomkostninger" => "salgsomkostningene",
        "SaksokerPrioritet" or "Prioritet" => "prioriteten",
        "Krav" => "kravet",
        "Verdi" => "verdien",
        "Omkostninger" => "omkostningene",
        "Hovedstol" => "hovedstolen",
        "Renter" => "rentene",
        "NettoInntektPerManed" => "nettoinntekten",
        "SamvaerAlder" => "alderen",
        "SamvaerKlasse" => "samværsklassen",
        "Boutgifter" => "boutgiftene",
        "SarligeUtgifter" => "de særlige utgiftene",
        _ => "verdien",
    };

    /// <summary>
    /// A check box: «true» or «false» (the hidden field the check box comes with), else an error by its field. The
    /// field comes back unchecked, so a form never fails to show again on a value a check box cannot hold (MVC's own
    /// check box throws on it).
    /// </summary>
    private sealed class Avkrysning : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var verdi = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (verdi == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            if (bool.TryParse(verdi.FirstValue, out var valgt))
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, verdi);
                bindingContext.Result = ModelBindingResult.Success(valgt);
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, false, "false");
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Avkrysningen har en ugyldig verdi. Kryss av på nytt.");
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }
    }

    private sealed class Binder(Type type) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var verdi = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (verdi == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, verdi);
            var tekst = verdi.FirstValue;
            if (type == typeof(IReadOnlyList<int>))
            {
                return LesAldre(bindingContext, tekst);
            }

            if (string.IsNullOrWhiteSpace(tekst))
            {
                return Task.CompletedTask;
            }

            // An element of a list (Data.Krav[2]) has no property of its own: the list's name says what it is.
            var navn = Feltnavn(bindingContext.ModelMetadata.PropertyName ?? Listenavn(bindingContext.ModelName));
            var (lest, feil) = type == typeof(decimal) ? LesBelop(tekst, navn) : type == typeof(DateOnly) ? LesDato(tekst, navn) : LesHeltall(tekst, navn);
            if (feil is not null)
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, feil);
                bindingContext.Result = ModelBindingResult.Failed();
                return Task.CompletedTask;
            }

            if (lest is DateOnly dato)
            {
                // A date comes back to its field as a date field reads it (yyyy-MM-dd), however it was typed.
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, dato, dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            bindingContext.Result = ModelBindingResult.Success(lest);
            return Task.CompletedTask;
        }

        private static string Listenavn(string modelName)
        {
            var uten = modelName.EndsWith(']') && modelName.LastIndexOf('[') is > 0 and var start ? modelName[..start] : modelName;
            return uten[(uten.LastIndexOf('.') + 1)..];
        }

        /// <summary>An empty field is no children; anything else must read as ages.</summary>
        private static Task LesAldre(ModelBindingContext bindingContext, string? tekst)
        {
            if (Barnealdre.TryLes(tekst, out var aldre))
            {
                bindingContext.Result = ModelBindingResult.Success(aldre);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Barnealdre.Melding);
                bindingContext.Result = ModelBindingResult.Failed();
            }

            return Task.CompletedTask;
        }
    }

    public static (object? Verdi, string? Feil) LesBelop(string tekst, string navn)
    {
        // One reading of amounts for every form and CSV file; 12.000 and 1,500 are refused as ambiguous.
        if (!Belopstekst.TryLes(tekst, out var belop, out var feil))
        {
            return (null, feil == Belopsfeil.Ugyldig ? $"Skriv {navn} i kroner, for eksempel 12 345,67." : Belopstekst.Melding(feil, tekst, navn));
        }

        // Larger than any stored amount: a field error, never a database overflow (issue 12, H5).
        return Math.Abs(belop) <= Application.Common.Grenser.StorsteBelop ? (belop, null) : (null, Application.Common.Grenser.ForStortBelop);
    }

    public static (object? Verdi, string? Feil) LesDato(string tekst, string navn)
    {
        if (!DateOnly.TryParseExact(tekst.Trim(), ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dato))
        {
            return (null, $"Skriv {navn} som dd.mm.åååå, for eksempel 21.11.2026.");
        }

        // Year 9999 would overflow the rules' date arithmetic: a field error instead (issue 12, M3).
        return Domain.Regler.Datogrenser.Innenfor(dato) ? (dato, null) : (null, Domain.Regler.Datogrenser.Melding);
    }

    private static (object? Verdi, string? Feil) LesHeltall(string tekst, string navn) =>
        int.TryParse(tekst.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var tall) ? (tall, null) : (null, $"Skriv {navn} som et helt tall.");
}
