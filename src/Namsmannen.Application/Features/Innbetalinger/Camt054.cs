using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Namsmannen.Application.Features.Innbetalinger;

/// <summary>
/// Reads the credits of an ISO 20022 camt.054 (BankToCustomerDebitCreditNotification) file, the format Norwegian banks
/// deliver incoming payments in: for each credit transaction its bank reference (AcctSvcrRef, or the entry's when the
/// transaction has none), amount, booking and value dates, KID (structured creditor reference), payer and free text.
/// Any version of the message (001.02 to 001.08 and later) is read by local names. Debits are left out.
/// </summary>
public static class Camt054
{
    public sealed record Kreditering(string Referanse, decimal Belop, string Valuta, DateOnly Bokforingsdato, DateOnly Valuteringsdato, string? Kid, string? Betaler, string? Tekst)
    {
        /// <summary>The payer's Norwegian account (11 digits) when the bank gave it (RltdPties/DbtrAcct, as BBAN or a NO IBAN): where money owed back is paid.</summary>
        public string? BetalerKonto { get; init; }
    }

    /// <summary>The file's credits, or a message saying why it is not a camt.054 file.</summary>
    public static (IReadOnlyList<Kreditering> Krediteringer, string? Feil) Les(Stream fil)
    {
        XDocument dokument;
        try
        {
            // No DTD, no external entities: a bank file is data, never instructions to the parser.
            using var leser = XmlReader.Create(fil, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            dokument = XDocument.Load(leser);
        }
        catch (XmlException feil)
        {
            return ([], $"Filen er ikke gyldig XML (linje {feil.LineNumber}).");
        }

        var rot = dokument.Root;
        if (rot is null || !rot.Name.NamespaceName.Contains("camt.054", StringComparison.Ordinal) || Barn(rot, "BkToCstmrDbtCdtNtfctn") is null)
        {
            return ([], "Filen er ikke en camt.054-fil (BankToCustomerDebitCreditNotification).");
        }

        var krediteringer = new List<Kreditering>();
        foreach (var post in rot.Descendants().Where(e => e.Name.LocalName == "Ntry"))
        {
            if (Tekst(post, "CdtDbtInd") != "CRDT")
            {
                continue;
            }

            var bokfort = Dato(Barn(post, "BookgDt"));
            var valutert = Dato(Barn(post, "ValDt")) ?? bokfort;
            var transaksjoner = post.Descendants().Where(e => e.Name.LocalName == "TxDtls").ToList();
            var i = 0;
            foreach (var tx in transaksjoner.Count > 0 ? transaksjoner : [post])
            {
                i++;
                var belopElement = Barn(tx, "Amt") ?? Barn(Barn(tx, "AmtDtls"), "TxAmt", "Amt") ?? Barn(post, "Amt");
                if (belopElement is null || bokfort is null || !decimal.TryParse(belopElement.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var belop))
                {
                    return ([], $"Posten {Tekst(post, "NtryRef") ?? i.ToString(CultureInfo.InvariantCulture)} mangler beløp eller bokføringsdato.");
                }

                var referanse = Tekst(Barn(tx, "Refs"), "AcctSvcrRef") ?? Tekst(post, "AcctSvcrRef") ?? Tekst(post, "NtryRef");
                if (referanse is null)
                {
                    return ([], "En post mangler bankens referanse (AcctSvcrRef), så den kan ikke kjennes igjen om filen kommer på nytt.");
                }

                krediteringer.Add(new Kreditering(
                    transaksjoner.Count > 1 && Tekst(Barn(tx, "Refs"), "AcctSvcrRef") is null ? $"{referanse}/{i}" : referanse,
                    belop,
                    belopElement.Attribute("Ccy")?.Value ?? "NOK",
                    bokfort.Value,
                    valutert!.Value,
                    tx.Descendants().FirstOrDefault(e => e.Name.LocalName == "CdtrRefInf") is { } kid ? Tekst(kid, "Ref") : null,
                    Tekst(Barn(Barn(tx, "RltdPties"), "Dbtr"), "Nm") ?? Tekst(Barn(Barn(Barn(tx, "RltdPties"), "Dbtr"), "Pty"), "Nm"),
                    Tekst(Barn(tx, "RmtInf"), "Ustrd") ?? Tekst(post, "AddtlNtryInf"))
                {
                    BetalerKonto = Konto(Barn(Barn(tx, "RltdPties"), "DbtrAcct", "Id")),
                });
            }
        }

        return (krediteringer, null);
    }

    /// <summary>A Norwegian account from an account's Id (IBAN NOkk + 11 digits, BBAN, or Othr/Id), or null.</summary>
    private static string? Konto(XElement? id)
    {
        var tekst = Tekst(id, "IBAN") ?? Tekst(id, "BBAN") ?? Tekst(Barn(id, "Othr"), "Id");
        var siffer = tekst is null ? null : new string(tekst.Where(char.IsAsciiLetterOrDigit).ToArray());
        siffer = siffer is { Length: 15 } && siffer.StartsWith("NO", StringComparison.OrdinalIgnoreCase) ? siffer[4..] : siffer;
        return siffer is { Length: 11 } && siffer.All(char.IsAsciiDigit) ? siffer : null;
    }

    private static XElement? Barn(XElement? e, params string[] navn)
    {
        foreach (var n in navn)
        {
            e = e?.Elements().FirstOrDefault(x => x.Name.LocalName == n);
        }

        return e;
    }

    private static string? Tekst(XElement? e, string navn) => Barn(e, navn)?.Value.Trim() is { Length: > 0 } t ? t : null;

    private static DateOnly? Dato(XElement? e) =>
        (Tekst(e, "Dt") ?? Tekst(e, "DtTm")?[..10]) is { } t && DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
