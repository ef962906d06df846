using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Administrasjon;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class SatsradConfiguration : IEntityTypeConfiguration<Satsrad>
{
    public void Configure(EntityTypeBuilder<Satsrad> builder)
    {
        builder.ToTable("satsrader");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Tabell).HasMaxLength(60).IsRequired();
        builder.Property(r => r.Verdi).HasColumnType("jsonb").IsRequired();
        builder.Property(r => r.Kilde).HasMaxLength(500).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Property(r => r.ForeslattAv).HasMaxLength(450);
        builder.Property(r => r.ForeslattAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(r => r.BehandletAv).HasMaxLength(450);
        builder.Property(r => r.BehandletAvNavn).HasMaxLength(200);
        builder.Ignore(r => r.IKraft);
        builder.HasOne<Satsrad>().WithMany().HasForeignKey(r => r.ErstattetAv).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Tabell, r.Fra });
        // One row in force per table and date: a correction supersedes the row it replaces in the same transaction.
        builder.HasIndex(r => new { r.Tabell, r.Fra }).IsUnique().HasDatabaseName("ux_satsrader_i_kraft").HasFilter("status = 'Gjeldende' AND erstattet_av IS NULL");
    }
}
