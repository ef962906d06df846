using Namsmannen.Application.Features.Portal;

namespace Namsmannen.Web.Hosting;

/// <summary>Reads uploaded files for a command; the command checks them (PDF, size, count).</summary>
public static class Vedlegg
{
    public static async Task<IReadOnlyList<Fil>> LesAsync(IEnumerable<IFormFile>? filer, CancellationToken cancellationToken)
    {
        var resultat = new List<Fil>();
        foreach (var fil in filer ?? [])
        {
            if (fil.Length == 0 && string.IsNullOrEmpty(fil.FileName))
            {
                continue; // an empty file input
            }

            if (fil.Length > Vedleggsregler.MaksBytes)
            {
                // Not read into memory: its size alone refuses it (Vedleggsregler).
                resultat.Add(new Fil(fil.FileName, fil.ContentType, []) { Storrelse = fil.Length });
                continue;
            }

            using var buffer = new MemoryStream();
            await fil.CopyToAsync(buffer, cancellationToken);
            resultat.Add(new Fil(fil.FileName, fil.ContentType, buffer.ToArray()));
        }

        return resultat;
    }
}
