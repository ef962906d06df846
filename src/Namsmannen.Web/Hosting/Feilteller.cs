using System.Collections.Concurrent;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Failures per IP address, per app instance (issue 12, M4 and M7): wrong passwords at the login, and unknown or
/// revoked API keys. A count lives for its window, measured from the first failure; after that the address starts
/// again at zero. One singleton, so each app (and each test's app) has its own counts, and the clock is the app's.
/// Past <see cref="Opprydding"/> addresses, counts whose window has ended are dropped, so addresses that never come
/// back (an attacker rotating IPv6 addresses) cannot grow it without end.
/// </summary>
public sealed class Feilteller(TimeProvider clock)
{
    public const int Opprydding = 10_000;

    public enum Slag
    {
        Innlogging,
        ApiNokkel,
    }

    private readonly ConcurrentDictionary<(Slag Slag, string Ip), (int Antall, DateTimeOffset Slutt)> tellinger = new();

    public int Antall => tellinger.Count;

    /// <summary>Failures from <paramref name="ip"/> in the current window, and when the window ends.</summary>
    public (int Antall, DateTimeOffset Slutt) Hent(Slag slag, string ip, TimeSpan vindu)
    {
        var naa = clock.GetUtcNow();
        return tellinger.TryGetValue((slag, ip), out var t) && naa < t.Slutt ? t : (0, naa + vindu);
    }

    public void Tell(Slag slag, string ip, TimeSpan vindu)
    {
        var naa = clock.GetUtcNow();
        tellinger.AddOrUpdate((slag, ip), _ => (1, naa + vindu), (_, t) => naa < t.Slutt ? (t.Antall + 1, t.Slutt) : (1, naa + vindu));
        if (tellinger.Count > Opprydding)
        {
            foreach (var utlopt in tellinger.Where(t => t.Value.Slutt <= naa).Select(t => t.Key).ToList())
            {
                tellinger.TryRemove(utlopt, out _);
            }
        }
    }

    public void Nullstill(Slag slag, string ip) => tellinger.TryRemove((slag, ip), out _);

    public static string Adresse(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "ukjent";
}
