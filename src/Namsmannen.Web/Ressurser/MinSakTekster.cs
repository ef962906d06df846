namespace Namsmannen.Web.Ressurser;

/// <summary>
/// The debtor pages' texts (issue 19). The key is the bokmål text, shown as it is in bokmål; MinSakTekster.nn.resx holds
/// the nynorsk of every key (a test fails on a key without it).
/// </summary>
public sealed class MinSakTekster;
