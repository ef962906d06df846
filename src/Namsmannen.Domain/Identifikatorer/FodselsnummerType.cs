namespace Namsmannen.Domain.Identifikatorer;

public enum FodselsnummerType
{
    Fodselsnummer,
    DNummer,
    SyntetiskNav,
    SyntetiskSkatteetaten,
}
