namespace Namsmannen.Benchmarks;

/// <summary>Repeated measurements summed up: the median (p50), p95, the least, and how many failed.</summary>
internal sealed record Maal(double P50, double P95, double Min, int Feil)
{
    public static Maal Av(List<double> maalinger, int feil = 0)
    {
        var sortert = maalinger.Order().ToList();
        return new Maal(Persentil(sortert, 0.50), Persentil(sortert, 0.95), sortert[0], feil);
    }

    private static double Persentil(List<double> sortert, double p) => sortert[(int)Math.Ceiling(p * sortert.Count) - 1];
}
