using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Namsmannen.Application.Common;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Web.Api;

/// <summary>
/// The edge rules every JSON body of the API is read by (issue 12, H5 and M3), in one place instead of in each
/// validator: text without NUL, lone surrogates or control characters; dates as ÅÅÅÅ-MM-DD within
/// <see cref="Datogrenser"/>; amounts no larger than <see cref="Grenser.StorsteBelop"/>. A value that breaks one is a
/// 400 naming the field, before any rule or the database sees it.
/// </summary>
public static class ApiJson
{
    public static void Legg(JsonSerializerOptions options)
    {
        options.Converters.Add(new TekstConverter());
        options.Converters.Add(new DatoConverter());
        options.Converters.Add(new BelopConverter());
        options.MaxDepth = 32;
    }

    /// <summary>A JSON value refused at the edge, with the sentence the 400 shows for its field.</summary>
    public sealed class UgyldigVerdiException(string melding) : JsonException(melding);

    private sealed class TekstConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException();
            }

            var tekst = reader.GetString();
            return Tegn.ErGyldig(tekst, fritekst: true) ? tekst : throw new UgyldigVerdiException(Tegn.Melding);
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class DatoConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String
                || !DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dato))
            {
                throw new UgyldigVerdiException("Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-12-02.");
            }

            return Datogrenser.Innenfor(dato) ? dato : throw new UgyldigVerdiException(Datogrenser.Melding);
        }

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private sealed class BelopConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var belop))
            {
                throw new UgyldigVerdiException("Oppgi beløpet som et JSON-tall i kroner, for eksempel 12000.50.");
            }

            return Math.Abs(belop) <= Grenser.StorsteBelop ? belop : throw new UgyldigVerdiException(Grenser.ForStortBelop);
        }

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
