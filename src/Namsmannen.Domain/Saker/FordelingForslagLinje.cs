using Namsmannen.Domain.Penger;

namespace Namsmannen.Domain.Saker;

/// <summary>One line of a proposed fordeling: who gets what, and what is left uncovered of their claim.</summary>
public sealed class FordelingForslagLinje
{
    private FordelingForslagLinje()
    {
        Mottaker = string.Empty;
    }

    internal FordelingForslagLinje(int rekkefolge, string mottaker, Belop belop, Belop udekket, bool saksoker)
    {
        Rekkefolge = rekkefolge;
        Mottaker = mottaker;
        Belop = belop;
        Udekket = udekket;
        Saksoker = saksoker;
    }

    public long Id { get; private set; }

    public Guid FordelingId { get; private set; }

    public int Rekkefolge { get; private set; }

    public string Mottaker { get; private set; }

    public Belop Belop { get; private set; }

    public Belop Udekket { get; private set; }

    public bool Saksoker { get; private set; }
}
