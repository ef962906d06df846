using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class TrekkConfiguration : IEntityTypeConfiguration<Trekkvedtak>
{
    public void Configure(EntityTypeBuilder<Trekkvedtak> builder)
    {
        builder.ToTable("utleggstrekk");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.ArbeidsgiverOrgnr).HasMaxLength(9).IsFixedLength().IsRequired();
        builder.Property(t => t.Kravklasse).HasConversion<string>().HasMaxLength(40).IsRequired();
        builder.Property(t => t.Beregning).HasColumnType("jsonb").IsRequired();
        builder.Property(t => t.Grunnlag).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb").IsRequired();
        builder.Property(t => t.Advarsler).HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb").IsRequired();
        // The rate rows the decision used (issue 20); a decision made before rates were rows names none.
        builder.Property(t => t.Satsrader).HasDefaultValueSql("'{}'::bigint[]").IsRequired();
        builder.HasIndex(t => t.SakId).IsUnique();
        builder.HasIndex(t => t.SkyldnerId);
        builder.HasOne<Sak>().WithMany(s => s.Trekkvedtak).HasForeignKey(t => t.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Namsmannen.Domain.Parter.Skyldner>().WithMany().HasForeignKey(t => t.SkyldnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
