namespace Namsmannen.Application.Common;

/// <summary>Norway's calendar, from the application's clock: every date the law counts is a day in Oslo.</summary>
public static class Oslotid
{
    public static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>Today's date in Norway, from the application's clock.</summary>
    public static DateOnly IDag(TimeProvider clock) => Dato(clock.GetUtcNow());

    /// <summary>The calendar day in Norway of a moment: 23:30 UTC on 31 January is 1 February in Oslo.</summary>
    public static DateOnly Dato(DateTimeOffset tidspunkt) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(tidspunkt, Oslo).DateTime);

    /// <summary>The moment an Oslo day begins (00:00 Oslo time), as an instant.</summary>
    public static DateTimeOffset Midnatt(DateOnly dato)
    {
        var lokal = dato.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(lokal, Oslo.GetUtcOffset(lokal)).ToUniversalTime();
    }

    /// <summary>A moment as people in Norway read it: 02.12.2026 kl. 10:30.</summary>
    public static string Tidspunkt(DateTimeOffset tidspunkt) =>
        TimeZoneInfo.ConvertTime(tidspunkt, Oslo).ToString("dd.MM.yyyy 'kl.' HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
