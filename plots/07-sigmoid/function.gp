# function.gp - the sigmoid and its derivative (claims S1 and S3).
set xlabel "{/:Italic z}"
set xrange [-10:10]
set yrange [-0.02:1.05]
set ytics 0.25
set key top left
plot datadir."/function.tsv" using "z":"sigmoid" with lines lt 1 \
         title "{/:Italic s}({/:Italic z})", \
     "" using "z":"sigmoid_prime" with lines lt 2 \
         title "{/:Italic s}'({/:Italic z})"
