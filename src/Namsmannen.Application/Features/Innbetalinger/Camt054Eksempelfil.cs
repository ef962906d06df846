using System.Globalization;
using System.Xml.Linq;

namespace Namsmannen.Application.Features.Innbetalinger;

/// <summary>
/// Writes a camt.054.001.08 file as a Norwegian bank would deliver it for namsmannen's account, for the tests and the
/// demo: NOT from a bank, a sample in the real message's shape (group header, one notification, one entry per credit
/// with its bank reference, booking and value dates, amount, payer and KID as structured creditor reference).
/// </summary>
public static class Camt054Eksempelfil
{
    private static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";

    public sealed record Post(string Referanse, decimal Belop, DateOnly Dato, string? Kid, string Betaler, string? Tekst = null, bool Debet = false, string? BetalerKonto = null);

    /// <summary>The sample files' account, a bank account number as Norwegians write it (4 + 2 + 5 digits), sent as BBAN digits.</summary>
    public static readonly string Eksempelkonto = "6005 00 00004".Replace(" ", string.Empty, StringComparison.Ordinal);

    public static byte[] Lag(string meldingsId, DateTimeOffset opprettet, IEnumerable<Post> poster) => Lag(meldingsId, opprettet, Eksempelkonto, poster);

    public static byte[] Lag(string meldingsId, DateTimeOffset opprettet, string kontonummer, IEnumerable<Post> poster)
    {
        static XElement E(string navn, params object?[] innhold) => new(Ns + navn, innhold);
        static string Tall(decimal b) => b.ToString("0.00", CultureInfo.InvariantCulture);
        var dokument = new XDocument(new XDeclaration("1.0", "UTF-8", null), E("Document",
            E("BkToCstmrDbtCdtNtfctn",
                E("GrpHdr", E("MsgId", meldingsId), E("CreDtTm", opprettet.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))),
                E("Ntfctn",
                    E("Id", meldingsId + "-1"),
                    E("CreDtTm", opprettet.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)),
                    E("Acct", E("Id", E("BBAN", kontonummer)), E("Ccy", "NOK")),
                    poster.Select((p, i) => E("Ntry",
                        E("NtryRef", (i + 1).ToString(CultureInfo.InvariantCulture)),
                        E("Amt", new XAttribute("Ccy", "NOK"), Tall(p.Belop)),
                        E("CdtDbtInd", p.Debet ? "DBIT" : "CRDT"),
                        E("Sts", E("Cd", "BOOK")),
                        E("BookgDt", E("Dt", p.Dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                        E("ValDt", E("Dt", p.Dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                        E("AcctSvcrRef", p.Referanse),
                        E("BkTxCd", E("Domn", E("Cd", "PMNT"), E("Fmly", E("Cd", "RCDT"), E("SubFmlyCd", "VCOM")))),
                        E("NtryDtls", E("TxDtls",
                            E("Refs", E("AcctSvcrRef", p.Referanse)),
                            E("Amt", new XAttribute("Ccy", "NOK"), Tall(p.Belop)),
                            E("RltdPties", E("Dbtr", E("Pty", E("Nm", p.Betaler))), p.BetalerKonto is null ? null : E("DbtrAcct", E("Id", E("Othr", E("Id", p.BetalerKonto), E("SchmeNm", E("Cd", "BBAN")))))),
                            E("RmtInf",
                                p.Tekst is null ? null : E("Ustrd", p.Tekst),
                                p.Kid is null ? null : E("Strd", E("CdtrRefInf", E("Tp", E("CdOrPrtry", E("Cd", "SCOR"))), E("Ref", p.Kid))))))))))));
        using var strom = new MemoryStream();
        dokument.Save(strom);
        return strom.ToArray();
    }
}
