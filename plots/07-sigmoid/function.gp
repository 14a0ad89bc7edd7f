# function.gp - the sigmoid and its derivative (claims S1 and S3).
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "{/:Italic z}"
set xrange [-10:10]
set yrange [-0.02:1.05]
set ytics 0.25
set key top left
plot datadir."/function.tsv" using "z":"sigmoid" with lines lt 1 \
         title "{/:Italic s}({/:Italic z})", \
     "" using "z":"sigmoid_prime" with lines lt 2 \
         title "{/:Italic s}'({/:Italic z})"
