using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// The debtor pages' two languages (issue 19): bokmål and nynorsk, chosen by the user and remembered for a year in the
/// culture cookie. The caseworker's and the creditor's pages stay bokmål; both cultures format numbers and dates alike.
/// </summary>
public static class Sprak
{
    public static readonly CultureInfo Bokmal = CultureInfo.GetCultureInfo("nb-NO");
    public static readonly CultureInfo Nynorsk = CultureInfo.GetCultureInfo("nn-NO");

    public static bool ErNynorsk => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nn";

    /// <summary>The html lang attribute of the current language.</summary>
    public static string Lang => ErNynorsk ? "nn" : "nb";

    public static void Husk(HttpResponse response, CultureInfo kultur) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(kultur)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps, Path = "/" });
}
