using System.Net;
using System.Net.Sockets;

namespace Namsmannen.Web.Tests.Infrastructure;

/// <summary>A TCP port on loopback that nothing listens on now, for a child process or a local receiver (linked into the benchmarks).</summary>
public static class LedigPort
{
    public static int Finn()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
