namespace Namsmannen.Web.Tests.Infrastructure;

/// <summary>
/// Stands in for the TLS proxy in front of the app in production, for a client of an app served over plain HTTP on
/// loopback: every request says it came over HTTPS (X-Forwarded-Proto, from the loopback proxy the app is told to
/// trust), and the Secure __Host- cookies are kept and sent back by hand, which a plain HTTP client would refuse to do
/// (issue 12, M5). Shared by the web tests' child-process app and the benchmarks (linked into their project).
/// </summary>
public sealed class TlsProxy : DelegatingHandler
{
    private readonly Dictionary<string, string> kaker = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (kaker.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", kaker.Select(k => k.Key + "=" + k.Value)));
        }

        var response = await base.SendAsync(request, cancellationToken);
        foreach (var kake in response.Headers.TryGetValues("Set-Cookie", out var verdier) ? verdier : [])
        {
            var par = kake.Split(';', 2)[0].Split('=', 2);
            kaker[par[0]] = par[1];
        }

        return response;
    }
}
