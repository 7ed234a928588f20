#ifdef PEG
struct T_SRC {
	char *fl; int ln;
} T_SRC[NTRANS];

void
tr_2_src(int m, char *file, int ln)
{	T_SRC[m].fl = file;
	T_SRC[m].ln = ln;
}

void
putpeg(int n, int m)
{	printf("%5d	trans %4d ", m, n);
	printf("%s:%d\n",
		T_SRC[n].fl, T_SRC[n].ln);
}
#endif

void
settable(void)
{	Trans *T;
	Trans *settr(int, int, int, int, int, char *, int, int, int);

	trans = (Trans ***) emalloc(6*sizeof(Trans **));

	/* proctype 4: :init: */

	trans[4] = (Trans **) emalloc(12*sizeof(Trans *));

	T = trans[ 4][10] = settr(7317,2,0,0,0,"ATOMIC", 0, 2, 0);
	T->nxt	= settr(7317,2,6,0,0,"ATOMIC", 0, 2, 0);
	trans[4][7]	= settr(7314,2,6,1,0,".(goto)", 0, 2, 0);
	T = trans[4][6] = settr(7313,2,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(7313,2,1,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(7313,2,4,0,0,"DO", 0, 2, 0);
	trans[4][1]	= settr(7308,2,2,3,0,"((i<2))", 0, 2, 0);
	trans[4][2]	= settr(7309,2,3,4,4,"(run flusher(0))", 0, 2, 0);
	trans[4][3]	= settr(7310,2,6,5,5,"i = (i+1)", 0, 2, 0);
	trans[4][4]	= settr(7311,2,8,2,0,"else", 0, 2, 0);
	trans[4][5]	= settr(7312,2,8,1,0,"goto :b306", 0, 2, 0);
	trans[4][8]	= settr(7315,2,9,1,0,"break", 0, 2, 0);
	trans[4][9]	= settr(7316,0,11,6,6,"(run flusher(1))", 0, 2, 0);
	trans[4][11]	= settr(7318,0,0,7,7,"-end-", 0, 3500, 0);

	/* proctype 3: flusher */

	trans[3] = (Trans **) emalloc(6969*sizeof(Trans *));

	T = trans[3][9] = settr(348,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(348,0,1,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(348,0,8,0,0,"IF", 0, 2, 0);
	trans[3][1]	= settr(340,0,2,8,0,"(sw)", 0, 2, 0);
	trans[3][2]	= settr(341,0,6,9,0,"(((((ndone==2)&&(pushed==3))&&(nactive==0))&&(fdone||!(0))))", 1, 2, 0);
/*->*/	trans[3][6]	= settr(345,32,6939,10,10,"D_STEP424", 1, 2, 0);
	trans[3][7]	= settr(346,0,6939,1,0,"goto newrun", 0, 2, 0);
	trans[3][10]	= settr(349,0,17,1,0,".(goto)", 0, 2, 0);
	trans[3][8]	= settr(347,0,17,2,0,"else", 0, 2, 0);
	T = trans[3][17] = settr(356,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(356,0,14,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(356,0,15,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][14]	= settr(353,32,6939,11,11,"D_STEP430", 1, 2, 0);
	trans[3][18]	= settr(357,0,6939,1,0,".(goto)", 0, 2, 0);
	trans[3][15]	= settr(354,0,6966,1,0,"(1)", 0, 2, 0);
	trans[3][16]	= settr(355,0,6966,1,0,"goto finish", 0, 2, 0);
	T = trans[ 3][6939] = settr(7278,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(7278,0,19,0,0,"sub-sequence", 0, 2, 0);
	trans[3][19]	= settr(358,0,20,12,12,"needrq = 1", 0, 2, 0);
	trans[3][19]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
/*->*/	trans[3][6936]	= settr(7275,32,6956,13,13,"D_STEP575", 1, 2, 0);
	trans[3][6938]	= settr(7277,0,6956,1,0,".(goto)", 0, 2, 0);
	/* end-escapes */
	trans[3][20]	= settr(359,0,21,14,14,"expected = 0", 0, 2, 0);
	trans[3][20]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][21]	= settr(360,0,22,15,15,"overlap = 0", 0, 2, 0);
	trans[3][21]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][22]	= settr(361,0,289,16,16,"sent = 0", 0, 2, 0);
	trans[3][22]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][290]	= settr(629,0,289,1,0,".(goto)", 0, 2, 0);
	T = trans[3][289] = settr(628,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(628,0,277,0,0,"DO", 0, 2, 0);
	T = trans[3][277] = settr(616,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(616,0,146,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(616,0,150,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(616,0,276,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][146]	= settr(485,32,287,17,17,"D_STEP438", 1, 2, 0);
	trans[3][146]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][278]	= settr(617,0,287,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][150]	= settr(489,32,287,18,18,"D_STEP438", 1, 2, 0);
	trans[3][150]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][276]	= settr(615,32,287,19,19,"D_STEP438", 1, 2, 0);
	trans[3][276]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][287] = settr(626,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(626,0,279,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(626,0,281,0,0,"IF", 0, 2, 0);
	trans[3][279]	= settr(618,0,292,20,0,"((rerr==0))", 0, 2, 0);
	trans[3][279]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][280]	= settr(619,0,292,1,0,"goto :b11", 0, 2, 0);
	trans[3][280]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][288]	= settr(627,0,289,1,0,".(goto)", 0, 2, 0);
	trans[3][281]	= settr(620,0,282,2,0,"else", 0, 2, 0);
	trans[3][281]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][282]	= settr(621,0,285,21,21,"rerr = 0", 0, 2, 0);
	trans[3][282]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][285] = settr(624,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(624,0,283,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(624,0,284,0,0,"IF", 0, 2, 0);
	trans[3][283]	= settr(622,0,289,1,0,"(1)", 0, 2, 0);
	trans[3][283]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][286]	= settr(625,0,289,1,0,".(goto)", 0, 2, 0);
	trans[3][284]	= settr(623,0,6912,1,0,"goto run_end", 0, 2, 0);
	trans[3][284]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][291]	= settr(630,0,292,1,0,"break", 0, 2, 0);
	trans[3][291]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][292]	= settr(631,0,293,22,22,"fail = 0", 0, 2, 0);
	trans[3][292]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][293]	= settr(632,0,1100,23,23,"a = sent", 0, 2, 0);
	trans[3][293]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1100] = settr(1439,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1439,0,294,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1439,0,1099,0,0,"IF", 0, 2, 0);
	trans[3][294]	= settr(633,0,295,24,0,"(((a!=0)&&!(overlap)))", 0, 2, 0);
	trans[3][294]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][295]	= settr(634,0,296,25,25,"a = (a-1)", 0, 2, 0);
	trans[3][295]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][296]	= settr(635,0,310,26,26,"sent = 0", 0, 2, 0);
	trans[3][296]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][310] = settr(649,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(649,0,300,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(649,0,305,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(649,0,309,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][300]	= settr(639,32,544,27,27,"D_STEP446", 1, 2, 0);
	trans[3][300]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][311]	= settr(650,0,544,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][305]	= settr(644,32,544,28,28,"D_STEP446", 1, 2, 0);
	trans[3][305]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][309]	= settr(648,32,544,29,29,"D_STEP446", 1, 2, 0);
	trans[3][309]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][544] = settr(883,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(883,0,312,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(883,0,543,0,0,"IF", 0, 2, 0);
	trans[3][312]	= settr(651,0,313,30,30,"(rerr)", 0, 2, 0);
	trans[3][312]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][313]	= settr(652,0,326,31,31,"rerr = 0", 0, 2, 0);
	trans[3][313]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][326]	= settr(665,32,339,32,32,"D_STEP446", 1, 2, 0);
	trans[3][326]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][339]	= settr(678,32,340,33,33,"D_STEP446", 1, 2, 0);
	trans[3][339]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][340]	= settr(679,0,341,34,34,"sent = 0", 0, 2, 0);
	trans[3][340]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][341]	= settr(680,0,539,35,35,"overlap = 0", 0, 2, 0);
	trans[3][341]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][540]	= settr(879,0,539,1,0,".(goto)", 0, 2, 0);
	T = trans[3][539] = settr(878,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(878,0,524,0,0,"DO", 0, 2, 0);
	T = trans[3][524] = settr(863,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(863,0,429,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(863,0,433,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(863,0,523,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][429]	= settr(768,32,537,36,36,"D_STEP446", 1, 2, 0);
	trans[3][429]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][525]	= settr(864,0,537,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][433]	= settr(772,32,537,37,37,"D_STEP446", 1, 2, 0);
	trans[3][433]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][523]	= settr(862,32,537,38,38,"D_STEP446", 1, 2, 0);
	trans[3][523]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][537] = settr(876,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(876,0,526,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(876,0,530,0,0,"IF", 0, 2, 0);
	trans[3][526]	= settr(865,0,527,39,0,"((rerr==0))", 0, 2, 0);
	trans[3][526]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][527]	= settr(866,0,528,40,40,"needrq = 0", 0, 2, 0);
	trans[3][527]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][528]	= settr(867,0,542,41,41,"expected = 0", 0, 2, 0);
	trans[3][528]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][529]	= settr(868,0,542,1,0,"goto :b30", 0, 2, 0);
	trans[3][529]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][538]	= settr(877,0,539,1,0,".(goto)", 0, 2, 0);
	trans[3][530]	= settr(869,0,535,42,0,"(rerr)", 0, 2, 0);
	trans[3][530]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][535] = settr(874,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(874,0,531,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(874,0,532,0,0,"IF", 0, 2, 0);
	trans[3][531]	= settr(870,0,539,1,0,"(1)", 0, 2, 0);
	trans[3][531]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][536]	= settr(875,0,539,1,0,".(goto)", 0, 2, 0);
	trans[3][532]	= settr(871,0,533,43,43,"needrq = 1", 0, 2, 0);
	trans[3][532]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][533]	= settr(872,0,542,44,44,"fail = 1", 0, 2, 0);
	trans[3][533]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][534]	= settr(873,0,542,1,0,"goto :b30", 0, 2, 0);
	trans[3][534]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][541]	= settr(880,0,542,1,0,"break", 0, 2, 0);
	trans[3][541]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][542]	= settr(881,0,1096,45,45,"fail = 1", 0, 2, 0);
	trans[3][542]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][545]	= settr(884,0,1096,1,0,".(goto)", 0, 2, 0);
	trans[3][543]	= settr(882,0,1096,2,0,"else", 0, 2, 0);
	trans[3][543]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1096] = settr(1435,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1435,0,546,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1435,0,1095,0,0,"IF", 0, 2, 0);
	trans[3][546]	= settr(885,0,582,46,0,"(!(fail))", 0, 2, 0);
	trans[3][546]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][582] = settr(921,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(921,0,547,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(921,0,581,0,0,"IF", 0, 2, 0);
	trans[3][547]	= settr(886,0,584,1,0,"(1)", 0, 2, 0);
	trans[3][547]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][583]	= settr(922,0,584,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][581]	= settr(920,32,584,47,47,"D_STEP446", 1, 2, 0);
	trans[3][581]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][584]	= settr(923,0,1062,48,48,"released = 0", 0, 2, 0);
	trans[3][584]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1063]	= settr(1402,0,1062,1,0,".(goto)", 0, 2, 0);
	T = trans[3][1062] = settr(1401,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(1401,0,585,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(1401,0,587,0,0,"DO", 0, 2, 0);
	trans[3][585]	= settr(924,0,1092,49,0,"(slost[((me*2)+a)])", 1, 2, 0);
	trans[3][585]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][586]	= settr(925,0,1092,1,0,"goto :b42", 0, 2, 0);
	trans[3][586]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][587]	= settr(926,0,820,2,0,"else", 0, 2, 0);
	trans[3][587]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][820] = settr(1159,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1159,0,700,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1159,0,704,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1159,0,819,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][700]	= settr(1039,32,1060,50,50,"D_STEP446", 1, 2, 0);
	trans[3][700]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][821]	= settr(1160,0,1060,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][704]	= settr(1043,32,1060,51,51,"D_STEP446", 1, 2, 0);
	trans[3][704]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][819]	= settr(1158,32,1060,52,52,"D_STEP446", 1, 2, 0);
	trans[3][819]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1060] = settr(1399,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1399,0,822,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1399,0,824,0,0,"IF", 0, 2, 0);
	trans[3][822]	= settr(1161,0,1092,53,0,"((rerr==0))", 0, 2, 0);
	trans[3][822]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][823]	= settr(1162,0,1092,1,0,"goto :b42", 0, 2, 0);
	trans[3][823]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1061]	= settr(1400,0,1062,1,0,".(goto)", 0, 2, 0);
	trans[3][824]	= settr(1163,0,825,54,0,"(rerr)", 0, 2, 0);
	trans[3][824]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][825]	= settr(1164,0,1058,55,55,"released = 0", 0, 2, 0);
	trans[3][825]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1058] = settr(1397,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1397,0,826,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1397,0,827,0,0,"IF", 0, 2, 0);
	trans[3][826]	= settr(1165,0,1062,1,0,"(1)", 0, 2, 0);
	trans[3][826]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1059]	= settr(1398,0,1062,1,0,".(goto)", 0, 2, 0);
	trans[3][827]	= settr(1166,0,840,56,56,"needrq = 1", 0, 2, 0);
	trans[3][827]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][840]	= settr(1179,32,853,57,57,"D_STEP446", 1, 2, 0);
	trans[3][840]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][853]	= settr(1192,32,854,58,58,"D_STEP446", 1, 2, 0);
	trans[3][853]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][854]	= settr(1193,0,855,59,59,"sent = 0", 0, 2, 0);
	trans[3][854]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][855]	= settr(1194,0,1053,60,60,"overlap = 0", 0, 2, 0);
	trans[3][855]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1054]	= settr(1393,0,1053,1,0,".(goto)", 0, 2, 0);
	T = trans[3][1053] = settr(1392,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(1392,0,1038,0,0,"DO", 0, 2, 0);
	T = trans[3][1038] = settr(1377,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1377,0,943,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1377,0,947,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1377,0,1037,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][943]	= settr(1282,32,1051,61,61,"D_STEP446", 1, 2, 0);
	trans[3][943]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1039]	= settr(1378,0,1051,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][947]	= settr(1286,32,1051,62,62,"D_STEP446", 1, 2, 0);
	trans[3][947]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1037]	= settr(1376,32,1051,63,63,"D_STEP446", 1, 2, 0);
	trans[3][1037]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1051] = settr(1390,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1390,0,1040,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1390,0,1044,0,0,"IF", 0, 2, 0);
	trans[3][1040]	= settr(1379,0,1041,64,0,"((rerr==0))", 0, 2, 0);
	trans[3][1040]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1041]	= settr(1380,0,1042,65,65,"needrq = 0", 0, 2, 0);
	trans[3][1041]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1042]	= settr(1381,0,1056,66,66,"expected = 0", 0, 2, 0);
	trans[3][1042]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1043]	= settr(1382,0,1056,1,0,"goto :b53", 0, 2, 0);
	trans[3][1043]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1052]	= settr(1391,0,1053,1,0,".(goto)", 0, 2, 0);
	trans[3][1044]	= settr(1383,0,1049,67,0,"(rerr)", 0, 2, 0);
	trans[3][1044]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1049] = settr(1388,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1388,0,1045,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1388,0,1046,0,0,"IF", 0, 2, 0);
	trans[3][1045]	= settr(1384,0,1053,1,0,"(1)", 0, 2, 0);
	trans[3][1045]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1050]	= settr(1389,0,1053,1,0,".(goto)", 0, 2, 0);
	trans[3][1046]	= settr(1385,0,1047,68,68,"needrq = 1", 0, 2, 0);
	trans[3][1046]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1047]	= settr(1386,0,1056,69,69,"fail = 1", 0, 2, 0);
	trans[3][1047]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1048]	= settr(1387,0,1056,1,0,"goto :b53", 0, 2, 0);
	trans[3][1048]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1055]	= settr(1394,0,1056,1,0,"break", 0, 2, 0);
	trans[3][1055]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1056]	= settr(1395,0,1092,70,70,"fail = 1", 0, 2, 0);
	trans[3][1056]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1057]	= settr(1396,0,1092,1,0,"goto :b42", 0, 2, 0);
	trans[3][1057]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1064]	= settr(1403,0,1092,1,0,"break", 0, 2, 0);
	trans[3][1064]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1092] = settr(1431,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1431,0,1065,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1431,0,1067,0,0,"IF", 0, 2, 0);
	trans[3][1065]	= settr(1404,0,1066,71,0,"(fail)", 0, 2, 0);
	trans[3][1065]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1066]	= settr(1405,0,1094,1,0,"(1)", 0, 2, 0);
	trans[3][1066]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1093]	= settr(1432,0,1094,1,0,".(goto)", 0, 2, 0);
	trans[3][1067]	= settr(1406,0,1076,2,0,"else", 0, 2, 0);
	trans[3][1067]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1076] = settr(1415,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1415,0,1068,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1415,0,1070,0,0,"IF", 0, 2, 0);
	trans[3][1068]	= settr(1407,0,1069,72,72,"(released)", 0, 2, 0);
	trans[3][1068]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1069]	= settr(1408,0,1078,73,73,"expected = (expected-sn[((me*2)+a)])", 1, 2, 0);
	trans[3][1069]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1077]	= settr(1416,0,1078,1,0,".(goto)", 0, 2, 0);
	trans[3][1070]	= settr(1409,0,1071,2,0,"else", 0, 2, 0);
	trans[3][1070]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1071]	= settr(1410,0,1072,74,74,"expected = 0", 0, 2, 0);
	trans[3][1071]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1072]	= settr(1411,0,1075,75,75,"needrq = 1", 0, 2, 0);
	trans[3][1072]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1075]	= settr(1414,32,1078,76,76,"D_STEP446", 1, 2, 0);
	trans[3][1075]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1078]	= settr(1417,0,1091,77,77,"overlap = 1", 0, 2, 0);
	trans[3][1078]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1091]	= settr(1430,32,1094,78,78,"D_STEP446", 1, 2, 0);
	trans[3][1091]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1094]	= settr(1433,0,6866,79,79,"released = 0", 0, 2, 0);
	trans[3][1094]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1097]	= settr(1436,0,6866,1,0,".(goto)", 0, 2, 0);
	trans[3][1095]	= settr(1434,0,6866,2,0,"else", 0, 2, 0);
	trans[3][1095]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1098]	= settr(1437,0,6866,1,0,"goto step_end", 0, 2, 0);
	trans[3][1098]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1101]	= settr(1440,0,1309,1,0,".(goto)", 0, 2, 0);
	trans[3][1099]	= settr(1438,0,1309,2,0,"else", 0, 2, 0);
	trans[3][1099]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1309] = settr(1648,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1648,0,1102,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1648,0,1308,0,0,"IF", 0, 2, 0);
	trans[3][1102]	= settr(1441,0,1300,80,80,"(((a==0)&&needrq))", 0, 2, 0);
	trans[3][1102]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1301]	= settr(1640,0,1300,1,0,".(goto)", 0, 2, 0);
	T = trans[3][1300] = settr(1639,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(1639,0,1285,0,0,"DO", 0, 2, 0);
	T = trans[3][1285] = settr(1624,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1624,0,1190,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1624,0,1194,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1624,0,1284,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][1190]	= settr(1529,32,1298,81,81,"D_STEP450", 1, 2, 0);
	trans[3][1190]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1286]	= settr(1625,0,1298,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][1194]	= settr(1533,32,1298,82,82,"D_STEP450", 1, 2, 0);
	trans[3][1194]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1284]	= settr(1623,32,1298,83,83,"D_STEP450", 1, 2, 0);
	trans[3][1284]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1298] = settr(1637,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1637,0,1287,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1637,0,1291,0,0,"IF", 0, 2, 0);
	trans[3][1287]	= settr(1626,0,1288,84,0,"((rerr==0))", 0, 2, 0);
	trans[3][1287]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1288]	= settr(1627,0,1289,85,85,"needrq = 0", 0, 2, 0);
	trans[3][1288]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1289]	= settr(1628,0,1306,86,86,"expected = 0", 0, 2, 0);
	trans[3][1289]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1290]	= settr(1629,0,1306,1,0,"goto :b64", 0, 2, 0);
	trans[3][1290]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1299]	= settr(1638,0,1300,1,0,".(goto)", 0, 2, 0);
	trans[3][1291]	= settr(1630,0,1296,87,0,"(rerr)", 0, 2, 0);
	trans[3][1291]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1296] = settr(1635,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1635,0,1292,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1635,0,1293,0,0,"IF", 0, 2, 0);
	trans[3][1292]	= settr(1631,0,1300,1,0,"(1)", 0, 2, 0);
	trans[3][1292]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1297]	= settr(1636,0,1300,1,0,".(goto)", 0, 2, 0);
	trans[3][1293]	= settr(1632,0,1294,88,88,"needrq = 1", 0, 2, 0);
	trans[3][1293]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1294]	= settr(1633,0,1306,89,89,"fail = 1", 0, 2, 0);
	trans[3][1294]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1295]	= settr(1634,0,1306,1,0,"goto :b64", 0, 2, 0);
	trans[3][1295]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1302]	= settr(1641,0,1306,1,0,"break", 0, 2, 0);
	trans[3][1302]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1306] = settr(1645,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1645,0,1303,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1645,0,1305,0,0,"IF", 0, 2, 0);
	trans[3][1303]	= settr(1642,0,6866,90,0,"(fail)", 0, 2, 0);
	trans[3][1303]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1304]	= settr(1643,0,6866,1,0,"goto step_end", 0, 2, 0);
	trans[3][1304]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1307]	= settr(1646,0,1315,1,0,".(goto)", 0, 2, 0);
	trans[3][1305]	= settr(1644,0,1315,2,0,"else", 0, 2, 0);
	trans[3][1305]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1310]	= settr(1649,0,1315,1,0,".(goto)", 0, 2, 0);
	trans[3][1308]	= settr(1647,0,1315,2,0,"else", 0, 2, 0);
	trans[3][1308]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1315] = settr(1654,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1654,0,1311,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1654,0,1313,0,0,"IF", 0, 2, 0);
	trans[3][1311]	= settr(1650,0,1312,91,0,"((a==1))", 0, 2, 0);
	trans[3][1311]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1312]	= settr(1651,0,1321,92,92,"b = 1", 0, 2, 0);
	trans[3][1312]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1316]	= settr(1655,0,1321,1,0,".(goto)", 0, 2, 0);
	trans[3][1313]	= settr(1652,0,1314,2,0,"else", 0, 2, 0);
	trans[3][1313]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1314]	= settr(1653,0,1321,93,93,"b = 0", 0, 2, 0);
	trans[3][1314]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1321] = settr(1660,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1660,0,1317,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1660,0,1319,0,0,"IF", 0, 2, 0);
	trans[3][1317]	= settr(1656,0,1318,94,0,"((a!=0))", 0, 2, 0);
	trans[3][1317]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1318]	= settr(1657,0,1335,95,95,"a = (a-1)", 0, 2, 0);
	trans[3][1318]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1322]	= settr(1661,0,1335,1,0,".(goto)", 0, 2, 0);
	trans[3][1319]	= settr(1658,0,1320,2,0,"else", 0, 2, 0);
	trans[3][1319]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1320]	= settr(1659,0,1335,96,96,"a = 2", 0, 2, 0);
	trans[3][1320]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1335]	= settr(1674,32,1342,97,97,"D_STEP456", 1, 2, 0);
	trans[3][1335]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1342]	= settr(1681,32,1581,98,98,"D_STEP458", 1, 2, 0);
	trans[3][1342]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1581] = settr(1920,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1920,0,1343,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1920,0,1347,0,0,"IF", 0, 2, 0);
	trans[3][1343]	= settr(1682,0,1344,99,99,"(((have!=expected)||(pn==0)))", 0, 2, 0);
	trans[3][1343]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1344]	= settr(1683,0,1345,100,100,"lost = (have!=expected)", 0, 2, 0);
	trans[3][1344]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1345]	= settr(1684,0,1346,101,101,"have = 0", 0, 2, 0);
	trans[3][1345]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1346]	= settr(1685,0,4021,102,102,"pn = 0", 0, 2, 0);
	trans[3][1346]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1582]	= settr(1921,0,4021,1,0,".(goto)", 0, 2, 0);
	trans[3][1347]	= settr(1686,0,1352,2,0,"else", 0, 2, 0);
	trans[3][1347]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1352] = settr(1691,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1691,0,1348,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1691,0,1350,0,0,"IF", 0, 2, 0);
	trans[3][1348]	= settr(1687,0,1349,103,0,"((pn<2))", 0, 2, 0);
	trans[3][1348]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1349]	= settr(1688,0,1508,104,104,"m = pn", 0, 2, 0);
	trans[3][1349]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1353]	= settr(1692,0,1508,1,0,".(goto)", 0, 2, 0);
	trans[3][1350]	= settr(1689,0,1351,2,0,"else", 0, 2, 0);
	trans[3][1350]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1351]	= settr(1690,0,1508,105,105,"m = 2", 0, 2, 0);
	trans[3][1351]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1508] = settr(1847,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1847,0,1427,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1847,0,1431,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1847,0,1507,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][1427]	= settr(1766,32,1510,106,106,"D_STEP468", 1, 2, 0);
	trans[3][1427]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1509]	= settr(1848,0,1510,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][1431]	= settr(1770,32,1510,107,107,"D_STEP468", 1, 2, 0);
	trans[3][1431]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1507]	= settr(1846,32,1510,108,108,"D_STEP468", 1, 2, 0);
	trans[3][1507]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1510]	= settr(1849,0,1511,109,109,"have = 0", 0, 2, 0);
	trans[3][1510]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1511]	= settr(1850,0,1512,110,110,"pn = 0", 0, 2, 0);
	trans[3][1511]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1512]	= settr(1851,0,1579,111,111,"m = 0", 0, 2, 0);
	trans[3][1512]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1579] = settr(1918,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1918,0,1513,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1918,0,1578,0,0,"IF", 0, 2, 0);
	trans[3][1513]	= settr(1852,0,1576,112,112,"(((((rerr==0)&&!(lost))&&(k==0))&&(expected==0)))", 0, 2, 0);
	trans[3][1513]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1576] = settr(1915,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1915,0,1541,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1915,0,1545,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1915,0,1575,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][1541]	= settr(1880,32,4021,113,113,"D_STEP488", 1, 2, 0);
	trans[3][1541]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1577]	= settr(1916,0,4021,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][1545]	= settr(1884,32,4021,114,114,"D_STEP488", 1, 2, 0);
	trans[3][1545]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1575]	= settr(1914,32,4021,115,115,"D_STEP488", 1, 2, 0);
	trans[3][1575]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1580]	= settr(1919,0,4021,1,0,".(goto)", 0, 2, 0);
	trans[3][1578]	= settr(1917,0,4021,2,0,"else", 0, 2, 0);
	trans[3][1578]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4021] = settr(4360,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4360,0,1583,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4360,0,2397,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4360,0,3211,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4360,0,4020,0,0,"IF", 0, 2, 0);
	trans[3][1583]	= settr(1922,0,1584,116,116,"(rerr)", 0, 2, 0);
	trans[3][1583]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1584]	= settr(1923,0,1585,117,117,"rerr = 0", 0, 2, 0);
	trans[3][1584]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1585]	= settr(1924,0,1586,118,118,"lost = 0", 0, 2, 0);
	trans[3][1585]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1586]	= settr(1925,0,1587,119,119,"k = 0", 0, 2, 0);
	trans[3][1586]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1587]	= settr(1926,0,1588,120,120,"got = 0", 0, 2, 0);
	trans[3][1587]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1588]	= settr(1927,0,2393,121,121,"needrq = 1", 0, 2, 0);
	trans[3][1588]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2393] = settr(2732,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2732,0,1589,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2732,0,2392,0,0,"IF", 0, 2, 0);
	trans[3][1589]	= settr(1928,0,1590,122,0,"((a!=2))", 0, 2, 0);
	trans[3][1589]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1590]	= settr(1929,0,1604,123,123,"sent = 0", 0, 2, 0);
	trans[3][1590]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1604] = settr(1943,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1943,0,1594,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1943,0,1599,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1943,0,1603,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][1594]	= settr(1933,32,1838,124,124,"D_STEP496", 1, 2, 0);
	trans[3][1594]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1605]	= settr(1944,0,1838,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][1599]	= settr(1938,32,1838,125,125,"D_STEP496", 1, 2, 0);
	trans[3][1599]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1603]	= settr(1942,32,1838,126,126,"D_STEP496", 1, 2, 0);
	trans[3][1603]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1838] = settr(2177,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2177,0,1606,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2177,0,1837,0,0,"IF", 0, 2, 0);
	trans[3][1606]	= settr(1945,0,1607,127,127,"(rerr)", 0, 2, 0);
	trans[3][1606]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1607]	= settr(1946,0,1620,128,128,"rerr = 0", 0, 2, 0);
	trans[3][1607]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1620]	= settr(1959,32,1633,129,129,"D_STEP496", 1, 2, 0);
	trans[3][1620]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1633]	= settr(1972,32,1634,130,130,"D_STEP496", 1, 2, 0);
	trans[3][1633]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1634]	= settr(1973,0,1635,131,131,"sent = 0", 0, 2, 0);
	trans[3][1634]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1635]	= settr(1974,0,1833,132,132,"overlap = 0", 0, 2, 0);
	trans[3][1635]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1834]	= settr(2173,0,1833,1,0,".(goto)", 0, 2, 0);
	T = trans[3][1833] = settr(2172,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(2172,0,1818,0,0,"DO", 0, 2, 0);
	T = trans[3][1818] = settr(2157,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2157,0,1723,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2157,0,1727,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2157,0,1817,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][1723]	= settr(2062,32,1831,133,133,"D_STEP496", 1, 2, 0);
	trans[3][1723]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1819]	= settr(2158,0,1831,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][1727]	= settr(2066,32,1831,134,134,"D_STEP496", 1, 2, 0);
	trans[3][1727]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][1817]	= settr(2156,32,1831,135,135,"D_STEP496", 1, 2, 0);
	trans[3][1817]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1831] = settr(2170,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2170,0,1820,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2170,0,1824,0,0,"IF", 0, 2, 0);
	trans[3][1820]	= settr(2159,0,1821,136,0,"((rerr==0))", 0, 2, 0);
	trans[3][1820]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1821]	= settr(2160,0,1822,137,137,"needrq = 0", 0, 2, 0);
	trans[3][1821]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1822]	= settr(2161,0,1836,138,138,"expected = 0", 0, 2, 0);
	trans[3][1822]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1823]	= settr(2162,0,1836,1,0,"goto :b85", 0, 2, 0);
	trans[3][1823]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1832]	= settr(2171,0,1833,1,0,".(goto)", 0, 2, 0);
	trans[3][1824]	= settr(2163,0,1829,139,0,"(rerr)", 0, 2, 0);
	trans[3][1824]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1829] = settr(2168,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2168,0,1825,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2168,0,1826,0,0,"IF", 0, 2, 0);
	trans[3][1825]	= settr(2164,0,1833,1,0,"(1)", 0, 2, 0);
	trans[3][1825]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1830]	= settr(2169,0,1833,1,0,".(goto)", 0, 2, 0);
	trans[3][1826]	= settr(2165,0,1827,140,140,"needrq = 1", 0, 2, 0);
	trans[3][1826]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1827]	= settr(2166,0,1836,141,141,"fail = 1", 0, 2, 0);
	trans[3][1827]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1828]	= settr(2167,0,1836,1,0,"goto :b85", 0, 2, 0);
	trans[3][1828]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1835]	= settr(2174,0,1836,1,0,"break", 0, 2, 0);
	trans[3][1835]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1836]	= settr(2175,0,2390,142,142,"fail = 1", 0, 2, 0);
	trans[3][1836]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1839]	= settr(2178,0,2390,1,0,".(goto)", 0, 2, 0);
	trans[3][1837]	= settr(2176,0,2390,2,0,"else", 0, 2, 0);
	trans[3][1837]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2390] = settr(2729,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2729,0,1840,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2729,0,2389,0,0,"IF", 0, 2, 0);
	trans[3][1840]	= settr(2179,0,1876,143,0,"(!(fail))", 0, 2, 0);
	trans[3][1840]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][1876] = settr(2215,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2215,0,1841,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2215,0,1875,0,0,"IF", 0, 2, 0);
	trans[3][1841]	= settr(2180,0,1878,1,0,"(1)", 0, 2, 0);
	trans[3][1841]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1877]	= settr(2216,0,1878,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][1875]	= settr(2214,32,1878,144,144,"D_STEP496", 1, 2, 0);
	trans[3][1875]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1878]	= settr(2217,0,2356,145,145,"released = 0", 0, 2, 0);
	trans[3][1878]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2357]	= settr(2696,0,2356,1,0,".(goto)", 0, 2, 0);
	T = trans[3][2356] = settr(2695,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(2695,0,1879,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(2695,0,1881,0,0,"DO", 0, 2, 0);
	trans[3][1879]	= settr(2218,0,2386,146,0,"(slost[((me*2)+a)])", 1, 2, 0);
	trans[3][1879]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1880]	= settr(2219,0,2386,1,0,"goto :b97", 0, 2, 0);
	trans[3][1880]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][1881]	= settr(2220,0,2114,2,0,"else", 0, 2, 0);
	trans[3][1881]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2114] = settr(2453,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2453,0,1994,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2453,0,1998,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2453,0,2113,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][1994]	= settr(2333,32,2354,147,147,"D_STEP496", 1, 2, 0);
	trans[3][1994]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2115]	= settr(2454,0,2354,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][1998]	= settr(2337,32,2354,148,148,"D_STEP496", 1, 2, 0);
	trans[3][1998]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2113]	= settr(2452,32,2354,149,149,"D_STEP496", 1, 2, 0);
	trans[3][2113]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2354] = settr(2693,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2693,0,2116,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2693,0,2118,0,0,"IF", 0, 2, 0);
	trans[3][2116]	= settr(2455,0,2386,150,0,"((rerr==0))", 0, 2, 0);
	trans[3][2116]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2117]	= settr(2456,0,2386,1,0,"goto :b97", 0, 2, 0);
	trans[3][2117]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2355]	= settr(2694,0,2356,1,0,".(goto)", 0, 2, 0);
	trans[3][2118]	= settr(2457,0,2119,151,0,"(rerr)", 0, 2, 0);
	trans[3][2118]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2119]	= settr(2458,0,2352,152,152,"released = 0", 0, 2, 0);
	trans[3][2119]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2352] = settr(2691,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2691,0,2120,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2691,0,2121,0,0,"IF", 0, 2, 0);
	trans[3][2120]	= settr(2459,0,2356,1,0,"(1)", 0, 2, 0);
	trans[3][2120]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2353]	= settr(2692,0,2356,1,0,".(goto)", 0, 2, 0);
	trans[3][2121]	= settr(2460,0,2134,153,153,"needrq = 1", 0, 2, 0);
	trans[3][2121]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2134]	= settr(2473,32,2147,154,154,"D_STEP496", 1, 2, 0);
	trans[3][2134]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2147]	= settr(2486,32,2148,155,155,"D_STEP496", 1, 2, 0);
	trans[3][2147]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2148]	= settr(2487,0,2149,156,156,"sent = 0", 0, 2, 0);
	trans[3][2148]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2149]	= settr(2488,0,2347,157,157,"overlap = 0", 0, 2, 0);
	trans[3][2149]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2348]	= settr(2687,0,2347,1,0,".(goto)", 0, 2, 0);
	T = trans[3][2347] = settr(2686,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(2686,0,2332,0,0,"DO", 0, 2, 0);
	T = trans[3][2332] = settr(2671,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2671,0,2237,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2671,0,2241,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2671,0,2331,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][2237]	= settr(2576,32,2345,158,158,"D_STEP496", 1, 2, 0);
	trans[3][2237]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2333]	= settr(2672,0,2345,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][2241]	= settr(2580,32,2345,159,159,"D_STEP496", 1, 2, 0);
	trans[3][2241]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2331]	= settr(2670,32,2345,160,160,"D_STEP496", 1, 2, 0);
	trans[3][2331]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2345] = settr(2684,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2684,0,2334,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2684,0,2338,0,0,"IF", 0, 2, 0);
	trans[3][2334]	= settr(2673,0,2335,161,0,"((rerr==0))", 0, 2, 0);
	trans[3][2334]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2335]	= settr(2674,0,2336,162,162,"needrq = 0", 0, 2, 0);
	trans[3][2335]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2336]	= settr(2675,0,2350,163,163,"expected = 0", 0, 2, 0);
	trans[3][2336]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2337]	= settr(2676,0,2350,1,0,"goto :b108", 0, 2, 0);
	trans[3][2337]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2346]	= settr(2685,0,2347,1,0,".(goto)", 0, 2, 0);
	trans[3][2338]	= settr(2677,0,2343,164,0,"(rerr)", 0, 2, 0);
	trans[3][2338]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2343] = settr(2682,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2682,0,2339,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2682,0,2340,0,0,"IF", 0, 2, 0);
	trans[3][2339]	= settr(2678,0,2347,1,0,"(1)", 0, 2, 0);
	trans[3][2339]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2344]	= settr(2683,0,2347,1,0,".(goto)", 0, 2, 0);
	trans[3][2340]	= settr(2679,0,2341,165,165,"needrq = 1", 0, 2, 0);
	trans[3][2340]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2341]	= settr(2680,0,2350,166,166,"fail = 1", 0, 2, 0);
	trans[3][2341]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2342]	= settr(2681,0,2350,1,0,"goto :b108", 0, 2, 0);
	trans[3][2342]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2349]	= settr(2688,0,2350,1,0,"break", 0, 2, 0);
	trans[3][2349]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2350]	= settr(2689,0,2386,167,167,"fail = 1", 0, 2, 0);
	trans[3][2350]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2351]	= settr(2690,0,2386,1,0,"goto :b97", 0, 2, 0);
	trans[3][2351]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2358]	= settr(2697,0,2386,1,0,"break", 0, 2, 0);
	trans[3][2358]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2386] = settr(2725,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2725,0,2359,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2725,0,2361,0,0,"IF", 0, 2, 0);
	trans[3][2359]	= settr(2698,0,2360,168,168,"(fail)", 0, 2, 0);
	trans[3][2359]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2360]	= settr(2699,0,2388,1,0,"(1)", 0, 2, 0);
	trans[3][2360]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2387]	= settr(2726,0,2388,1,0,".(goto)", 0, 2, 0);
	trans[3][2361]	= settr(2700,0,2370,2,0,"else", 0, 2, 0);
	trans[3][2361]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2370] = settr(2709,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2709,0,2362,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2709,0,2364,0,0,"IF", 0, 2, 0);
	trans[3][2362]	= settr(2701,0,2363,169,169,"(released)", 0, 2, 0);
	trans[3][2362]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2363]	= settr(2702,0,2372,170,170,"expected = (expected-sn[((me*2)+a)])", 1, 2, 0);
	trans[3][2363]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2371]	= settr(2710,0,2372,1,0,".(goto)", 0, 2, 0);
	trans[3][2364]	= settr(2703,0,2365,2,0,"else", 0, 2, 0);
	trans[3][2364]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2365]	= settr(2704,0,2366,171,171,"expected = 0", 0, 2, 0);
	trans[3][2365]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2366]	= settr(2705,0,2369,172,172,"needrq = 1", 0, 2, 0);
	trans[3][2366]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2369]	= settr(2708,32,2372,173,173,"D_STEP496", 1, 2, 0);
	trans[3][2369]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2372]	= settr(2711,0,2385,174,174,"overlap = 1", 0, 2, 0);
	trans[3][2372]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2385]	= settr(2724,32,2388,175,175,"D_STEP496", 1, 2, 0);
	trans[3][2385]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2388]	= settr(2727,0,2395,176,176,"released = 0", 0, 2, 0);
	trans[3][2388]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2391]	= settr(2730,0,2395,1,0,".(goto)", 0, 2, 0);
	trans[3][2389]	= settr(2728,0,2395,2,0,"else", 0, 2, 0);
	trans[3][2389]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2394]	= settr(2733,0,2395,1,0,".(goto)", 0, 2, 0);
	trans[3][2392]	= settr(2731,0,2395,2,0,"else", 0, 2, 0);
	trans[3][2392]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2395]	= settr(2734,0,6866,177,177,"fail = 1", 0, 2, 0);
	trans[3][2395]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2396]	= settr(2735,0,6866,1,0,"goto step_end", 0, 2, 0);
	trans[3][2396]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4022]	= settr(4361,0,4030,1,0,".(goto)", 0, 2, 0);
	trans[3][2397]	= settr(2736,0,2398,178,178,"(lost)", 0, 2, 0);
	trans[3][2397]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2398]	= settr(2737,0,2399,179,179,"lost = 0", 0, 2, 0);
	trans[3][2398]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2399]	= settr(2738,0,2400,180,180,"needrq = 1", 0, 2, 0);
	trans[3][2399]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2400]	= settr(2739,0,2404,181,181,"expected = 0", 0, 2, 0);
	trans[3][2400]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2404] = settr(2743,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2743,0,2401,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2743,0,2403,0,0,"IF", 0, 2, 0);
	trans[3][2401]	= settr(2740,0,6866,182,182,"((a==2))", 0, 2, 0);
	trans[3][2401]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2402]	= settr(2741,0,6866,1,0,"goto step_end", 0, 2, 0);
	trans[3][2402]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2405]	= settr(2744,0,2407,1,0,".(goto)", 0, 2, 0);
	trans[3][2403]	= settr(2742,0,2407,2,0,"else", 0, 2, 0);
	trans[3][2403]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2407]	= settr(2746,32,2408,183,183,"D_STEP501", 1, 2, 0);
	trans[3][2407]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2408]	= settr(2747,0,2422,184,184,"sent = 0", 0, 2, 0);
	trans[3][2408]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2422] = settr(2761,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2761,0,2412,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2761,0,2417,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2761,0,2421,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][2412]	= settr(2751,32,2656,185,185,"D_STEP502", 1, 2, 0);
	trans[3][2412]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2423]	= settr(2762,0,2656,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][2417]	= settr(2756,32,2656,186,186,"D_STEP502", 1, 2, 0);
	trans[3][2417]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2421]	= settr(2760,32,2656,187,187,"D_STEP502", 1, 2, 0);
	trans[3][2421]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2656] = settr(2995,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2995,0,2424,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2995,0,2655,0,0,"IF", 0, 2, 0);
	trans[3][2424]	= settr(2763,0,2425,188,188,"(rerr)", 0, 2, 0);
	trans[3][2424]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2425]	= settr(2764,0,2438,189,189,"rerr = 0", 0, 2, 0);
	trans[3][2425]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2438]	= settr(2777,32,2451,190,190,"D_STEP502", 1, 2, 0);
	trans[3][2438]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2451]	= settr(2790,32,2452,191,191,"D_STEP502", 1, 2, 0);
	trans[3][2451]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2452]	= settr(2791,0,2453,192,192,"sent = 0", 0, 2, 0);
	trans[3][2452]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2453]	= settr(2792,0,2651,193,193,"overlap = 0", 0, 2, 0);
	trans[3][2453]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2652]	= settr(2991,0,2651,1,0,".(goto)", 0, 2, 0);
	T = trans[3][2651] = settr(2990,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(2990,0,2636,0,0,"DO", 0, 2, 0);
	T = trans[3][2636] = settr(2975,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2975,0,2541,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2975,0,2545,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2975,0,2635,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][2541]	= settr(2880,32,2649,194,194,"D_STEP502", 1, 2, 0);
	trans[3][2541]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2637]	= settr(2976,0,2649,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][2545]	= settr(2884,32,2649,195,195,"D_STEP502", 1, 2, 0);
	trans[3][2545]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2635]	= settr(2974,32,2649,196,196,"D_STEP502", 1, 2, 0);
	trans[3][2635]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2649] = settr(2988,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2988,0,2638,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2988,0,2642,0,0,"IF", 0, 2, 0);
	trans[3][2638]	= settr(2977,0,2639,197,0,"((rerr==0))", 0, 2, 0);
	trans[3][2638]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2639]	= settr(2978,0,2640,198,198,"needrq = 0", 0, 2, 0);
	trans[3][2639]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2640]	= settr(2979,0,2654,199,199,"expected = 0", 0, 2, 0);
	trans[3][2640]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2641]	= settr(2980,0,2654,1,0,"goto :b119", 0, 2, 0);
	trans[3][2641]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2650]	= settr(2989,0,2651,1,0,".(goto)", 0, 2, 0);
	trans[3][2642]	= settr(2981,0,2647,200,0,"(rerr)", 0, 2, 0);
	trans[3][2642]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2647] = settr(2986,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(2986,0,2643,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(2986,0,2644,0,0,"IF", 0, 2, 0);
	trans[3][2643]	= settr(2982,0,2651,1,0,"(1)", 0, 2, 0);
	trans[3][2643]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2648]	= settr(2987,0,2651,1,0,".(goto)", 0, 2, 0);
	trans[3][2644]	= settr(2983,0,2645,201,201,"needrq = 1", 0, 2, 0);
	trans[3][2644]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2645]	= settr(2984,0,2654,202,202,"fail = 1", 0, 2, 0);
	trans[3][2645]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2646]	= settr(2985,0,2654,1,0,"goto :b119", 0, 2, 0);
	trans[3][2646]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2653]	= settr(2992,0,2654,1,0,"break", 0, 2, 0);
	trans[3][2653]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2654]	= settr(2993,0,3208,203,203,"fail = 1", 0, 2, 0);
	trans[3][2654]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2657]	= settr(2996,0,3208,1,0,".(goto)", 0, 2, 0);
	trans[3][2655]	= settr(2994,0,3208,2,0,"else", 0, 2, 0);
	trans[3][2655]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3208] = settr(3547,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3547,0,2658,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3547,0,3207,0,0,"IF", 0, 2, 0);
	trans[3][2658]	= settr(2997,0,2694,204,0,"(!(fail))", 0, 2, 0);
	trans[3][2658]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2694] = settr(3033,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3033,0,2659,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3033,0,2693,0,0,"IF", 0, 2, 0);
	trans[3][2659]	= settr(2998,0,2696,1,0,"(1)", 0, 2, 0);
	trans[3][2659]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2695]	= settr(3034,0,2696,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][2693]	= settr(3032,32,2696,205,205,"D_STEP502", 1, 2, 0);
	trans[3][2693]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2696]	= settr(3035,0,3174,206,206,"released = 0", 0, 2, 0);
	trans[3][2696]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3175]	= settr(3514,0,3174,1,0,".(goto)", 0, 2, 0);
	T = trans[3][3174] = settr(3513,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(3513,0,2697,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(3513,0,2699,0,0,"DO", 0, 2, 0);
	trans[3][2697]	= settr(3036,0,3204,207,0,"(slost[((me*2)+a)])", 1, 2, 0);
	trans[3][2697]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2698]	= settr(3037,0,3204,1,0,"goto :b131", 0, 2, 0);
	trans[3][2698]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2699]	= settr(3038,0,2932,2,0,"else", 0, 2, 0);
	trans[3][2699]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][2932] = settr(3271,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3271,0,2812,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3271,0,2816,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3271,0,2931,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][2812]	= settr(3151,32,3172,208,208,"D_STEP502", 1, 2, 0);
	trans[3][2812]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2933]	= settr(3272,0,3172,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][2816]	= settr(3155,32,3172,209,209,"D_STEP502", 1, 2, 0);
	trans[3][2816]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2931]	= settr(3270,32,3172,210,210,"D_STEP502", 1, 2, 0);
	trans[3][2931]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3172] = settr(3511,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3511,0,2934,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3511,0,2936,0,0,"IF", 0, 2, 0);
	trans[3][2934]	= settr(3273,0,3204,211,0,"((rerr==0))", 0, 2, 0);
	trans[3][2934]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2935]	= settr(3274,0,3204,1,0,"goto :b131", 0, 2, 0);
	trans[3][2935]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3173]	= settr(3512,0,3174,1,0,".(goto)", 0, 2, 0);
	trans[3][2936]	= settr(3275,0,2937,212,0,"(rerr)", 0, 2, 0);
	trans[3][2936]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2937]	= settr(3276,0,3170,213,213,"released = 0", 0, 2, 0);
	trans[3][2937]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3170] = settr(3509,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3509,0,2938,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3509,0,2939,0,0,"IF", 0, 2, 0);
	trans[3][2938]	= settr(3277,0,3174,1,0,"(1)", 0, 2, 0);
	trans[3][2938]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3171]	= settr(3510,0,3174,1,0,".(goto)", 0, 2, 0);
	trans[3][2939]	= settr(3278,0,2952,214,214,"needrq = 1", 0, 2, 0);
	trans[3][2939]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2952]	= settr(3291,32,2965,215,215,"D_STEP502", 1, 2, 0);
	trans[3][2952]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][2965]	= settr(3304,32,2966,216,216,"D_STEP502", 1, 2, 0);
	trans[3][2965]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2966]	= settr(3305,0,2967,217,217,"sent = 0", 0, 2, 0);
	trans[3][2966]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][2967]	= settr(3306,0,3165,218,218,"overlap = 0", 0, 2, 0);
	trans[3][2967]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3166]	= settr(3505,0,3165,1,0,".(goto)", 0, 2, 0);
	T = trans[3][3165] = settr(3504,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(3504,0,3150,0,0,"DO", 0, 2, 0);
	T = trans[3][3150] = settr(3489,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3489,0,3055,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3489,0,3059,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3489,0,3149,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][3055]	= settr(3394,32,3163,219,219,"D_STEP502", 1, 2, 0);
	trans[3][3055]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3151]	= settr(3490,0,3163,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][3059]	= settr(3398,32,3163,220,220,"D_STEP502", 1, 2, 0);
	trans[3][3059]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3149]	= settr(3488,32,3163,221,221,"D_STEP502", 1, 2, 0);
	trans[3][3149]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3163] = settr(3502,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3502,0,3152,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3502,0,3156,0,0,"IF", 0, 2, 0);
	trans[3][3152]	= settr(3491,0,3153,222,0,"((rerr==0))", 0, 2, 0);
	trans[3][3152]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3153]	= settr(3492,0,3154,223,223,"needrq = 0", 0, 2, 0);
	trans[3][3153]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3154]	= settr(3493,0,3168,224,224,"expected = 0", 0, 2, 0);
	trans[3][3154]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3155]	= settr(3494,0,3168,1,0,"goto :b142", 0, 2, 0);
	trans[3][3155]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3164]	= settr(3503,0,3165,1,0,".(goto)", 0, 2, 0);
	trans[3][3156]	= settr(3495,0,3161,225,0,"(rerr)", 0, 2, 0);
	trans[3][3156]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3161] = settr(3500,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3500,0,3157,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3500,0,3158,0,0,"IF", 0, 2, 0);
	trans[3][3157]	= settr(3496,0,3165,1,0,"(1)", 0, 2, 0);
	trans[3][3157]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3162]	= settr(3501,0,3165,1,0,".(goto)", 0, 2, 0);
	trans[3][3158]	= settr(3497,0,3159,226,226,"needrq = 1", 0, 2, 0);
	trans[3][3158]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3159]	= settr(3498,0,3168,227,227,"fail = 1", 0, 2, 0);
	trans[3][3159]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3160]	= settr(3499,0,3168,1,0,"goto :b142", 0, 2, 0);
	trans[3][3160]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3167]	= settr(3506,0,3168,1,0,"break", 0, 2, 0);
	trans[3][3167]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3168]	= settr(3507,0,3204,228,228,"fail = 1", 0, 2, 0);
	trans[3][3168]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3169]	= settr(3508,0,3204,1,0,"goto :b131", 0, 2, 0);
	trans[3][3169]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3176]	= settr(3515,0,3204,1,0,"break", 0, 2, 0);
	trans[3][3176]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3204] = settr(3543,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3543,0,3177,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3543,0,3179,0,0,"IF", 0, 2, 0);
	trans[3][3177]	= settr(3516,0,3178,229,0,"(fail)", 0, 2, 0);
	trans[3][3177]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3178]	= settr(3517,0,3206,1,0,"(1)", 0, 2, 0);
	trans[3][3178]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3205]	= settr(3544,0,3206,1,0,".(goto)", 0, 2, 0);
	trans[3][3179]	= settr(3518,0,3188,2,0,"else", 0, 2, 0);
	trans[3][3179]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3188] = settr(3527,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3527,0,3180,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3527,0,3182,0,0,"IF", 0, 2, 0);
	trans[3][3180]	= settr(3519,0,3181,230,230,"(released)", 0, 2, 0);
	trans[3][3180]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3181]	= settr(3520,0,3190,231,231,"expected = (expected-sn[((me*2)+a)])", 1, 2, 0);
	trans[3][3181]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3189]	= settr(3528,0,3190,1,0,".(goto)", 0, 2, 0);
	trans[3][3182]	= settr(3521,0,3183,2,0,"else", 0, 2, 0);
	trans[3][3182]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3183]	= settr(3522,0,3184,232,232,"expected = 0", 0, 2, 0);
	trans[3][3183]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3184]	= settr(3523,0,3187,233,233,"needrq = 1", 0, 2, 0);
	trans[3][3184]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3187]	= settr(3526,32,3190,234,234,"D_STEP502", 1, 2, 0);
	trans[3][3187]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3190]	= settr(3529,0,3203,235,235,"overlap = 1", 0, 2, 0);
	trans[3][3190]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3203]	= settr(3542,32,3206,236,236,"D_STEP502", 1, 2, 0);
	trans[3][3203]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3206]	= settr(3545,0,6866,237,237,"released = 0", 0, 2, 0);
	trans[3][3206]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3209]	= settr(3548,0,6866,1,0,".(goto)", 0, 2, 0);
	trans[3][3207]	= settr(3546,0,6866,2,0,"else", 0, 2, 0);
	trans[3][3207]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3210]	= settr(3549,0,6866,1,0,"goto step_end", 0, 2, 0);
	trans[3][3210]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3211]	= settr(3550,0,3215,238,238,"((k==0))", 0, 2, 0);
	trans[3][3211]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3215] = settr(3554,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3554,0,3212,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3554,0,3214,0,0,"IF", 0, 2, 0);
	trans[3][3212]	= settr(3551,0,6880,239,239,"((a==2))", 0, 2, 0);
	trans[3][3212]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3213]	= settr(3552,0,6880,1,0,"goto idle", 0, 2, 0);
	trans[3][3213]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3216]	= settr(3555,0,3217,1,0,".(goto)", 0, 2, 0);
	trans[3][3214]	= settr(3553,0,3217,2,0,"else", 0, 2, 0);
	trans[3][3214]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3217]	= settr(3556,0,3231,240,240,"sent = 0", 0, 2, 0);
	trans[3][3217]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3231] = settr(3570,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3570,0,3221,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3570,0,3226,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3570,0,3230,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][3221]	= settr(3560,32,3465,241,241,"D_STEP505", 1, 2, 0);
	trans[3][3221]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3232]	= settr(3571,0,3465,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][3226]	= settr(3565,32,3465,242,242,"D_STEP505", 1, 2, 0);
	trans[3][3226]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3230]	= settr(3569,32,3465,243,243,"D_STEP505", 1, 2, 0);
	trans[3][3230]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3465] = settr(3804,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3804,0,3233,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3804,0,3464,0,0,"IF", 0, 2, 0);
	trans[3][3233]	= settr(3572,0,3234,244,244,"(rerr)", 0, 2, 0);
	trans[3][3233]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3234]	= settr(3573,0,3247,245,245,"rerr = 0", 0, 2, 0);
	trans[3][3234]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3247]	= settr(3586,32,3260,246,246,"D_STEP505", 1, 2, 0);
	trans[3][3247]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3260]	= settr(3599,32,3261,247,247,"D_STEP505", 1, 2, 0);
	trans[3][3260]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3261]	= settr(3600,0,3262,248,248,"sent = 0", 0, 2, 0);
	trans[3][3261]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3262]	= settr(3601,0,3460,249,249,"overlap = 0", 0, 2, 0);
	trans[3][3262]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3461]	= settr(3800,0,3460,1,0,".(goto)", 0, 2, 0);
	T = trans[3][3460] = settr(3799,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(3799,0,3445,0,0,"DO", 0, 2, 0);
	T = trans[3][3445] = settr(3784,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3784,0,3350,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3784,0,3354,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3784,0,3444,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][3350]	= settr(3689,32,3458,250,250,"D_STEP505", 1, 2, 0);
	trans[3][3350]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3446]	= settr(3785,0,3458,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][3354]	= settr(3693,32,3458,251,251,"D_STEP505", 1, 2, 0);
	trans[3][3354]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3444]	= settr(3783,32,3458,252,252,"D_STEP505", 1, 2, 0);
	trans[3][3444]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3458] = settr(3797,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3797,0,3447,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3797,0,3451,0,0,"IF", 0, 2, 0);
	trans[3][3447]	= settr(3786,0,3448,253,0,"((rerr==0))", 0, 2, 0);
	trans[3][3447]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3448]	= settr(3787,0,3449,254,254,"needrq = 0", 0, 2, 0);
	trans[3][3448]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3449]	= settr(3788,0,3463,255,255,"expected = 0", 0, 2, 0);
	trans[3][3449]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3450]	= settr(3789,0,3463,1,0,"goto :b153", 0, 2, 0);
	trans[3][3450]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3459]	= settr(3798,0,3460,1,0,".(goto)", 0, 2, 0);
	trans[3][3451]	= settr(3790,0,3456,256,0,"(rerr)", 0, 2, 0);
	trans[3][3451]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3456] = settr(3795,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3795,0,3452,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3795,0,3453,0,0,"IF", 0, 2, 0);
	trans[3][3452]	= settr(3791,0,3460,1,0,"(1)", 0, 2, 0);
	trans[3][3452]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3457]	= settr(3796,0,3460,1,0,".(goto)", 0, 2, 0);
	trans[3][3453]	= settr(3792,0,3454,257,257,"needrq = 1", 0, 2, 0);
	trans[3][3453]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3454]	= settr(3793,0,3463,258,258,"fail = 1", 0, 2, 0);
	trans[3][3454]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3455]	= settr(3794,0,3463,1,0,"goto :b153", 0, 2, 0);
	trans[3][3455]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3462]	= settr(3801,0,3463,1,0,"break", 0, 2, 0);
	trans[3][3462]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3463]	= settr(3802,0,4017,259,259,"fail = 1", 0, 2, 0);
	trans[3][3463]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3466]	= settr(3805,0,4017,1,0,".(goto)", 0, 2, 0);
	trans[3][3464]	= settr(3803,0,4017,2,0,"else", 0, 2, 0);
	trans[3][3464]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4017] = settr(4356,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4356,0,3467,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4356,0,4016,0,0,"IF", 0, 2, 0);
	trans[3][3467]	= settr(3806,0,3503,260,0,"(!(fail))", 0, 2, 0);
	trans[3][3467]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3503] = settr(3842,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(3842,0,3468,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(3842,0,3502,0,0,"IF", 0, 2, 0);
	trans[3][3468]	= settr(3807,0,3505,1,0,"(1)", 0, 2, 0);
	trans[3][3468]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3504]	= settr(3843,0,3505,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][3502]	= settr(3841,32,3505,261,261,"D_STEP505", 1, 2, 0);
	trans[3][3502]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3505]	= settr(3844,0,3983,262,262,"released = 0", 0, 2, 0);
	trans[3][3505]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3984]	= settr(4323,0,3983,1,0,".(goto)", 0, 2, 0);
	T = trans[3][3983] = settr(4322,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(4322,0,3506,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(4322,0,3508,0,0,"DO", 0, 2, 0);
	trans[3][3506]	= settr(3845,0,4013,263,0,"(slost[((me*2)+a)])", 1, 2, 0);
	trans[3][3506]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3507]	= settr(3846,0,4013,1,0,"goto :b165", 0, 2, 0);
	trans[3][3507]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3508]	= settr(3847,0,3741,2,0,"else", 0, 2, 0);
	trans[3][3508]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3741] = settr(4080,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4080,0,3621,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4080,0,3625,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4080,0,3740,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][3621]	= settr(3960,32,3981,264,264,"D_STEP505", 1, 2, 0);
	trans[3][3621]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3742]	= settr(4081,0,3981,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][3625]	= settr(3964,32,3981,265,265,"D_STEP505", 1, 2, 0);
	trans[3][3625]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3740]	= settr(4079,32,3981,266,266,"D_STEP505", 1, 2, 0);
	trans[3][3740]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3981] = settr(4320,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4320,0,3743,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4320,0,3745,0,0,"IF", 0, 2, 0);
	trans[3][3743]	= settr(4082,0,4013,267,0,"((rerr==0))", 0, 2, 0);
	trans[3][3743]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3744]	= settr(4083,0,4013,1,0,"goto :b165", 0, 2, 0);
	trans[3][3744]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3982]	= settr(4321,0,3983,1,0,".(goto)", 0, 2, 0);
	trans[3][3745]	= settr(4084,0,3746,268,0,"(rerr)", 0, 2, 0);
	trans[3][3745]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3746]	= settr(4085,0,3979,269,269,"released = 0", 0, 2, 0);
	trans[3][3746]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3979] = settr(4318,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4318,0,3747,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4318,0,3748,0,0,"IF", 0, 2, 0);
	trans[3][3747]	= settr(4086,0,3983,1,0,"(1)", 0, 2, 0);
	trans[3][3747]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3980]	= settr(4319,0,3983,1,0,".(goto)", 0, 2, 0);
	trans[3][3748]	= settr(4087,0,3761,270,270,"needrq = 1", 0, 2, 0);
	trans[3][3748]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3761]	= settr(4100,32,3774,271,271,"D_STEP505", 1, 2, 0);
	trans[3][3761]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3774]	= settr(4113,32,3775,272,272,"D_STEP505", 1, 2, 0);
	trans[3][3774]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3775]	= settr(4114,0,3776,273,273,"sent = 0", 0, 2, 0);
	trans[3][3775]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3776]	= settr(4115,0,3974,274,274,"overlap = 0", 0, 2, 0);
	trans[3][3776]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3975]	= settr(4314,0,3974,1,0,".(goto)", 0, 2, 0);
	T = trans[3][3974] = settr(4313,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(4313,0,3959,0,0,"DO", 0, 2, 0);
	T = trans[3][3959] = settr(4298,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4298,0,3864,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4298,0,3868,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4298,0,3958,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][3864]	= settr(4203,32,3972,275,275,"D_STEP505", 1, 2, 0);
	trans[3][3864]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3960]	= settr(4299,0,3972,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][3868]	= settr(4207,32,3972,276,276,"D_STEP505", 1, 2, 0);
	trans[3][3868]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3958]	= settr(4297,32,3972,277,277,"D_STEP505", 1, 2, 0);
	trans[3][3958]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3972] = settr(4311,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4311,0,3961,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4311,0,3965,0,0,"IF", 0, 2, 0);
	trans[3][3961]	= settr(4300,0,3962,278,0,"((rerr==0))", 0, 2, 0);
	trans[3][3961]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3962]	= settr(4301,0,3963,279,279,"needrq = 0", 0, 2, 0);
	trans[3][3962]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3963]	= settr(4302,0,3977,280,280,"expected = 0", 0, 2, 0);
	trans[3][3963]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3964]	= settr(4303,0,3977,1,0,"goto :b176", 0, 2, 0);
	trans[3][3964]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3973]	= settr(4312,0,3974,1,0,".(goto)", 0, 2, 0);
	trans[3][3965]	= settr(4304,0,3970,281,0,"(rerr)", 0, 2, 0);
	trans[3][3965]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3970] = settr(4309,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4309,0,3966,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4309,0,3967,0,0,"IF", 0, 2, 0);
	trans[3][3966]	= settr(4305,0,3974,1,0,"(1)", 0, 2, 0);
	trans[3][3966]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3971]	= settr(4310,0,3974,1,0,".(goto)", 0, 2, 0);
	trans[3][3967]	= settr(4306,0,3968,282,282,"needrq = 1", 0, 2, 0);
	trans[3][3967]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3968]	= settr(4307,0,3977,283,283,"fail = 1", 0, 2, 0);
	trans[3][3968]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3969]	= settr(4308,0,3977,1,0,"goto :b176", 0, 2, 0);
	trans[3][3969]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3976]	= settr(4315,0,3977,1,0,"break", 0, 2, 0);
	trans[3][3976]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3977]	= settr(4316,0,4013,284,284,"fail = 1", 0, 2, 0);
	trans[3][3977]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3978]	= settr(4317,0,4013,1,0,"goto :b165", 0, 2, 0);
	trans[3][3978]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3985]	= settr(4324,0,4013,1,0,"break", 0, 2, 0);
	trans[3][3985]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4013] = settr(4352,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4352,0,3986,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4352,0,3988,0,0,"IF", 0, 2, 0);
	trans[3][3986]	= settr(4325,0,3987,285,0,"(fail)", 0, 2, 0);
	trans[3][3986]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3987]	= settr(4326,0,4015,1,0,"(1)", 0, 2, 0);
	trans[3][3987]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4014]	= settr(4353,0,4015,1,0,".(goto)", 0, 2, 0);
	trans[3][3988]	= settr(4327,0,3997,2,0,"else", 0, 2, 0);
	trans[3][3988]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][3997] = settr(4336,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4336,0,3989,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4336,0,3991,0,0,"IF", 0, 2, 0);
	trans[3][3989]	= settr(4328,0,3990,286,286,"(released)", 0, 2, 0);
	trans[3][3989]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3990]	= settr(4329,0,3999,287,287,"expected = (expected-sn[((me*2)+a)])", 1, 2, 0);
	trans[3][3990]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3998]	= settr(4337,0,3999,1,0,".(goto)", 0, 2, 0);
	trans[3][3991]	= settr(4330,0,3992,2,0,"else", 0, 2, 0);
	trans[3][3991]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3992]	= settr(4331,0,3993,288,288,"expected = 0", 0, 2, 0);
	trans[3][3992]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3993]	= settr(4332,0,3996,289,289,"needrq = 1", 0, 2, 0);
	trans[3][3993]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][3996]	= settr(4335,32,3999,290,290,"D_STEP505", 1, 2, 0);
	trans[3][3996]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][3999]	= settr(4338,0,4012,291,291,"overlap = 1", 0, 2, 0);
	trans[3][3999]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4012]	= settr(4351,32,4015,292,292,"D_STEP505", 1, 2, 0);
	trans[3][4012]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4015]	= settr(4354,0,6866,293,293,"released = 0", 0, 2, 0);
	trans[3][4015]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4018]	= settr(4357,0,6866,1,0,".(goto)", 0, 2, 0);
	trans[3][4016]	= settr(4355,0,6866,2,0,"else", 0, 2, 0);
	trans[3][4016]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4019]	= settr(4358,0,6866,1,0,"goto step_end", 0, 2, 0);
	trans[3][4019]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4020]	= settr(4359,0,4030,2,0,"else", 0, 2, 0);
	trans[3][4020]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4030]	= settr(4369,32,6864,294,294,"D_STEP509", 1, 2, 0);
	trans[3][4030]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6864] = settr(7203,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7203,0,4031,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7203,0,4627,0,0,"IF", 0, 2, 0);
	trans[3][4031]	= settr(4370,0,4625,295,295,"((a==2))", 0, 2, 0);
	trans[3][4031]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4625] = settr(4964,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4964,0,4032,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4964,0,4581,0,0,"IF", 0, 2, 0);
	trans[3][4032]	= settr(4371,0,4068,296,0,"((sg[((me*2)+b)]==0))", 1, 2, 0);
	trans[3][4032]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4068] = settr(4407,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4407,0,4033,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4407,0,4067,0,0,"IF", 0, 2, 0);
	trans[3][4033]	= settr(4372,0,4070,1,0,"(1)", 0, 2, 0);
	trans[3][4033]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4069]	= settr(4408,0,4070,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][4067]	= settr(4406,32,4070,297,297,"D_STEP515", 1, 2, 0);
	trans[3][4067]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4070]	= settr(4409,0,4548,298,298,"released = 0", 0, 2, 0);
	trans[3][4070]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4549]	= settr(4888,0,4548,1,0,".(goto)", 0, 2, 0);
	T = trans[3][4548] = settr(4887,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(4887,0,4071,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(4887,0,4073,0,0,"DO", 0, 2, 0);
	trans[3][4071]	= settr(4410,0,4578,299,0,"(slost[((me*2)+b)])", 1, 2, 0);
	trans[3][4071]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4072]	= settr(4411,0,4578,1,0,"goto :b188", 0, 2, 0);
	trans[3][4072]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4073]	= settr(4412,0,4306,2,0,"else", 0, 2, 0);
	trans[3][4073]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4306] = settr(4645,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4645,0,4186,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4645,0,4190,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4645,0,4305,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][4186]	= settr(4525,32,4546,300,300,"D_STEP515", 1, 2, 0);
	trans[3][4186]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4307]	= settr(4646,0,4546,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][4190]	= settr(4529,32,4546,301,301,"D_STEP515", 1, 2, 0);
	trans[3][4190]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4305]	= settr(4644,32,4546,302,302,"D_STEP515", 1, 2, 0);
	trans[3][4305]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4546] = settr(4885,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4885,0,4308,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4885,0,4310,0,0,"IF", 0, 2, 0);
	trans[3][4308]	= settr(4647,0,4578,303,0,"((rerr==0))", 0, 2, 0);
	trans[3][4308]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4309]	= settr(4648,0,4578,1,0,"goto :b188", 0, 2, 0);
	trans[3][4309]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4547]	= settr(4886,0,4548,1,0,".(goto)", 0, 2, 0);
	trans[3][4310]	= settr(4649,0,4311,304,0,"(rerr)", 0, 2, 0);
	trans[3][4310]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4311]	= settr(4650,0,4544,305,305,"released = 0", 0, 2, 0);
	trans[3][4311]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4544] = settr(4883,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4883,0,4312,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4883,0,4313,0,0,"IF", 0, 2, 0);
	trans[3][4312]	= settr(4651,0,4548,1,0,"(1)", 0, 2, 0);
	trans[3][4312]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4545]	= settr(4884,0,4548,1,0,".(goto)", 0, 2, 0);
	trans[3][4313]	= settr(4652,0,4326,306,306,"needrq = 1", 0, 2, 0);
	trans[3][4313]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4326]	= settr(4665,32,4339,307,307,"D_STEP515", 1, 2, 0);
	trans[3][4326]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4339]	= settr(4678,32,4340,308,308,"D_STEP515", 1, 2, 0);
	trans[3][4339]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4340]	= settr(4679,0,4341,309,309,"sent = 0", 0, 2, 0);
	trans[3][4340]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4341]	= settr(4680,0,4539,310,310,"overlap = 0", 0, 2, 0);
	trans[3][4341]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4540]	= settr(4879,0,4539,1,0,".(goto)", 0, 2, 0);
	T = trans[3][4539] = settr(4878,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(4878,0,4524,0,0,"DO", 0, 2, 0);
	T = trans[3][4524] = settr(4863,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4863,0,4429,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4863,0,4433,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4863,0,4523,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][4429]	= settr(4768,32,4537,311,311,"D_STEP515", 1, 2, 0);
	trans[3][4429]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4525]	= settr(4864,0,4537,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][4433]	= settr(4772,32,4537,312,312,"D_STEP515", 1, 2, 0);
	trans[3][4433]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4523]	= settr(4862,32,4537,313,313,"D_STEP515", 1, 2, 0);
	trans[3][4523]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4537] = settr(4876,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4876,0,4526,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4876,0,4530,0,0,"IF", 0, 2, 0);
	trans[3][4526]	= settr(4865,0,4527,314,0,"((rerr==0))", 0, 2, 0);
	trans[3][4526]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4527]	= settr(4866,0,4528,315,315,"needrq = 0", 0, 2, 0);
	trans[3][4527]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4528]	= settr(4867,0,4542,316,316,"expected = 0", 0, 2, 0);
	trans[3][4528]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4529]	= settr(4868,0,4542,1,0,"goto :b199", 0, 2, 0);
	trans[3][4529]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4538]	= settr(4877,0,4539,1,0,".(goto)", 0, 2, 0);
	trans[3][4530]	= settr(4869,0,4535,317,0,"(rerr)", 0, 2, 0);
	trans[3][4530]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4535] = settr(4874,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4874,0,4531,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4874,0,4532,0,0,"IF", 0, 2, 0);
	trans[3][4531]	= settr(4870,0,4539,1,0,"(1)", 0, 2, 0);
	trans[3][4531]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4536]	= settr(4875,0,4539,1,0,".(goto)", 0, 2, 0);
	trans[3][4532]	= settr(4871,0,4533,318,318,"needrq = 1", 0, 2, 0);
	trans[3][4532]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4533]	= settr(4872,0,4542,319,319,"fail = 1", 0, 2, 0);
	trans[3][4533]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4534]	= settr(4873,0,4542,1,0,"goto :b199", 0, 2, 0);
	trans[3][4534]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4541]	= settr(4880,0,4542,1,0,"break", 0, 2, 0);
	trans[3][4541]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4542]	= settr(4881,0,4578,320,320,"fail = 1", 0, 2, 0);
	trans[3][4542]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4543]	= settr(4882,0,4578,1,0,"goto :b188", 0, 2, 0);
	trans[3][4543]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4550]	= settr(4889,0,4578,1,0,"break", 0, 2, 0);
	trans[3][4550]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4578] = settr(4917,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4917,0,4551,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4917,0,4553,0,0,"IF", 0, 2, 0);
	trans[3][4551]	= settr(4890,0,4552,321,0,"(fail)", 0, 2, 0);
	trans[3][4551]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4552]	= settr(4891,0,4580,1,0,"(1)", 0, 2, 0);
	trans[3][4552]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4579]	= settr(4918,0,4580,1,0,".(goto)", 0, 2, 0);
	trans[3][4553]	= settr(4892,0,4562,2,0,"else", 0, 2, 0);
	trans[3][4553]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4562] = settr(4901,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4901,0,4554,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4901,0,4556,0,0,"IF", 0, 2, 0);
	trans[3][4554]	= settr(4893,0,4555,322,322,"(released)", 0, 2, 0);
	trans[3][4554]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4555]	= settr(4894,0,4564,323,323,"expected = (expected-sn[((me*2)+b)])", 1, 2, 0);
	trans[3][4555]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4563]	= settr(4902,0,4564,1,0,".(goto)", 0, 2, 0);
	trans[3][4556]	= settr(4895,0,4557,2,0,"else", 0, 2, 0);
	trans[3][4556]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4557]	= settr(4896,0,4558,324,324,"expected = 0", 0, 2, 0);
	trans[3][4557]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4558]	= settr(4897,0,4561,325,325,"needrq = 1", 0, 2, 0);
	trans[3][4558]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4561]	= settr(4900,32,4564,326,326,"D_STEP515", 1, 2, 0);
	trans[3][4561]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4564]	= settr(4903,0,4577,327,327,"overlap = 1", 0, 2, 0);
	trans[3][4564]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4577]	= settr(4916,32,4580,328,328,"D_STEP515", 1, 2, 0);
	trans[3][4577]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4580]	= settr(4919,0,6866,329,329,"released = 0", 0, 2, 0);
	trans[3][4580]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4626]	= settr(4965,0,6866,1,0,".(goto)", 0, 2, 0);
	trans[3][4581]	= settr(4920,0,4617,2,0,"else", 0, 2, 0);
	trans[3][4581]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4617] = settr(4956,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(4956,0,4582,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(4956,0,4616,0,0,"IF", 0, 2, 0);
	trans[3][4582]	= settr(4921,0,4623,1,0,"(1)", 0, 2, 0);
	trans[3][4582]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4618]	= settr(4957,0,4623,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][4616]	= settr(4955,32,4623,330,330,"D_STEP516", 1, 2, 0);
	trans[3][4616]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4623]	= settr(4962,32,4624,331,331,"D_STEP516", 1, 2, 0);
	trans[3][4623]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4624]	= settr(4963,0,6866,332,332,"sent = (b+1)", 0, 2, 0);
	trans[3][4624]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6865]	= settr(7204,0,6866,1,0,".(goto)", 0, 2, 0);
	trans[3][4627]	= settr(4966,0,4628,2,0,"else", 0, 2, 0);
	trans[3][4627]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4628]	= settr(4967,0,4674,333,333,"send = (!(slost[((me*2)+b)])&&(sg[((me*2)+b)]!=0))", 1, 2, 0);
	trans[3][4628]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4674] = settr(5013,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5013,0,4629,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5013,0,4673,0,0,"IF", 0, 2, 0);
	trans[3][4629]	= settr(4968,0,4665,334,0,"(send)", 0, 2, 0);
	trans[3][4629]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4665] = settr(5004,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5004,0,4630,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5004,0,4664,0,0,"IF", 0, 2, 0);
	trans[3][4630]	= settr(4969,0,4671,1,0,"(1)", 0, 2, 0);
	trans[3][4630]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4666]	= settr(5005,0,4671,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][4664]	= settr(5003,32,4671,335,335,"D_STEP522", 1, 2, 0);
	trans[3][4664]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4671]	= settr(5010,32,4672,336,336,"D_STEP522", 1, 2, 0);
	trans[3][4671]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4672]	= settr(5011,0,4676,337,337,"sent = (b+1)", 0, 2, 0);
	trans[3][4672]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4675]	= settr(5014,0,4676,1,0,".(goto)", 0, 2, 0);
	trans[3][4673]	= settr(5012,0,4676,2,0,"else", 0, 2, 0);
	trans[3][4673]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4676]	= settr(5015,0,4690,338,338,"sent = 0", 0, 2, 0);
	trans[3][4676]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4690] = settr(5029,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5029,0,4680,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5029,0,4685,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5029,0,4689,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][4680]	= settr(5019,32,4924,339,339,"D_STEP524", 1, 2, 0);
	trans[3][4680]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4691]	= settr(5030,0,4924,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][4685]	= settr(5024,32,4924,340,340,"D_STEP524", 1, 2, 0);
	trans[3][4685]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4689]	= settr(5028,32,4924,341,341,"D_STEP524", 1, 2, 0);
	trans[3][4689]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4924] = settr(5263,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5263,0,4692,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5263,0,4923,0,0,"IF", 0, 2, 0);
	trans[3][4692]	= settr(5031,0,4693,342,342,"(rerr)", 0, 2, 0);
	trans[3][4692]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4693]	= settr(5032,0,4706,343,343,"rerr = 0", 0, 2, 0);
	trans[3][4693]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4706]	= settr(5045,32,4719,344,344,"D_STEP524", 1, 2, 0);
	trans[3][4706]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4719]	= settr(5058,32,4720,345,345,"D_STEP524", 1, 2, 0);
	trans[3][4719]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4720]	= settr(5059,0,4721,346,346,"sent = 0", 0, 2, 0);
	trans[3][4720]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4721]	= settr(5060,0,4919,347,347,"overlap = 0", 0, 2, 0);
	trans[3][4721]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4920]	= settr(5259,0,4919,1,0,".(goto)", 0, 2, 0);
	T = trans[3][4919] = settr(5258,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(5258,0,4904,0,0,"DO", 0, 2, 0);
	T = trans[3][4904] = settr(5243,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5243,0,4809,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5243,0,4813,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5243,0,4903,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][4809]	= settr(5148,32,4917,348,348,"D_STEP524", 1, 2, 0);
	trans[3][4809]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4905]	= settr(5244,0,4917,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][4813]	= settr(5152,32,4917,349,349,"D_STEP524", 1, 2, 0);
	trans[3][4813]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][4903]	= settr(5242,32,4917,350,350,"D_STEP524", 1, 2, 0);
	trans[3][4903]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4917] = settr(5256,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5256,0,4906,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5256,0,4910,0,0,"IF", 0, 2, 0);
	trans[3][4906]	= settr(5245,0,4907,351,0,"((rerr==0))", 0, 2, 0);
	trans[3][4906]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4907]	= settr(5246,0,4908,352,352,"needrq = 0", 0, 2, 0);
	trans[3][4907]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4908]	= settr(5247,0,4922,353,353,"expected = 0", 0, 2, 0);
	trans[3][4908]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4909]	= settr(5248,0,4922,1,0,"goto :b212", 0, 2, 0);
	trans[3][4909]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4918]	= settr(5257,0,4919,1,0,".(goto)", 0, 2, 0);
	trans[3][4910]	= settr(5249,0,4915,354,0,"(rerr)", 0, 2, 0);
	trans[3][4910]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4915] = settr(5254,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5254,0,4911,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5254,0,4912,0,0,"IF", 0, 2, 0);
	trans[3][4911]	= settr(5250,0,4919,1,0,"(1)", 0, 2, 0);
	trans[3][4911]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4916]	= settr(5255,0,4919,1,0,".(goto)", 0, 2, 0);
	trans[3][4912]	= settr(5251,0,4913,355,355,"needrq = 1", 0, 2, 0);
	trans[3][4912]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4913]	= settr(5252,0,4922,356,356,"fail = 1", 0, 2, 0);
	trans[3][4913]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4914]	= settr(5253,0,4922,1,0,"goto :b212", 0, 2, 0);
	trans[3][4914]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4921]	= settr(5260,0,4922,1,0,"break", 0, 2, 0);
	trans[3][4921]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4922]	= settr(5261,0,4929,357,357,"fail = 1", 0, 2, 0);
	trans[3][4922]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4925]	= settr(5264,0,4929,1,0,".(goto)", 0, 2, 0);
	trans[3][4923]	= settr(5262,0,4929,2,0,"else", 0, 2, 0);
	trans[3][4923]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4929] = settr(5268,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5268,0,4926,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5268,0,4928,0,0,"IF", 0, 2, 0);
	trans[3][4926]	= settr(5265,0,6866,358,0,"(fail)", 0, 2, 0);
	trans[3][4926]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4927]	= settr(5266,0,6866,1,0,"goto step_end", 0, 2, 0);
	trans[3][4927]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4930]	= settr(5269,0,4934,1,0,".(goto)", 0, 2, 0);
	trans[3][4928]	= settr(5267,0,4934,2,0,"else", 0, 2, 0);
	trans[3][4928]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4934] = settr(5273,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5273,0,4931,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5273,0,4933,0,0,"IF", 0, 2, 0);
	trans[3][4931]	= settr(5270,0,4932,359,359,"(send)", 0, 2, 0);
	trans[3][4931]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4932]	= settr(5271,0,4971,360,360,"sent = (b+1)", 0, 2, 0);
	trans[3][4932]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4935]	= settr(5274,0,4971,1,0,".(goto)", 0, 2, 0);
	trans[3][4933]	= settr(5272,0,4971,2,0,"else", 0, 2, 0);
	trans[3][4933]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][4971] = settr(5310,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5310,0,4936,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5310,0,4970,0,0,"IF", 0, 2, 0);
	trans[3][4936]	= settr(5275,0,4973,1,0,"(1)", 0, 2, 0);
	trans[3][4936]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4972]	= settr(5311,0,4973,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][4970]	= settr(5309,32,4973,361,361,"D_STEP531", 1, 2, 0);
	trans[3][4970]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4973]	= settr(5312,0,5451,362,362,"released = 0", 0, 2, 0);
	trans[3][4973]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5452]	= settr(5791,0,5451,1,0,".(goto)", 0, 2, 0);
	T = trans[3][5451] = settr(5790,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(5790,0,4974,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(5790,0,4976,0,0,"DO", 0, 2, 0);
	trans[3][4974]	= settr(5313,0,5481,363,0,"(slost[((me*2)+a)])", 1, 2, 0);
	trans[3][4974]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4975]	= settr(5314,0,5481,1,0,"goto :b224", 0, 2, 0);
	trans[3][4975]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][4976]	= settr(5315,0,5209,2,0,"else", 0, 2, 0);
	trans[3][4976]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5209] = settr(5548,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5548,0,5089,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5548,0,5093,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5548,0,5208,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][5089]	= settr(5428,32,5449,364,364,"D_STEP531", 1, 2, 0);
	trans[3][5089]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5210]	= settr(5549,0,5449,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][5093]	= settr(5432,32,5449,365,365,"D_STEP531", 1, 2, 0);
	trans[3][5093]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][5208]	= settr(5547,32,5449,366,366,"D_STEP531", 1, 2, 0);
	trans[3][5208]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5449] = settr(5788,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5788,0,5211,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5788,0,5213,0,0,"IF", 0, 2, 0);
	trans[3][5211]	= settr(5550,0,5481,367,0,"((rerr==0))", 0, 2, 0);
	trans[3][5211]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5212]	= settr(5551,0,5481,1,0,"goto :b224", 0, 2, 0);
	trans[3][5212]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5450]	= settr(5789,0,5451,1,0,".(goto)", 0, 2, 0);
	trans[3][5213]	= settr(5552,0,5214,368,0,"(rerr)", 0, 2, 0);
	trans[3][5213]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5214]	= settr(5553,0,5447,369,369,"released = 0", 0, 2, 0);
	trans[3][5214]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5447] = settr(5786,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5786,0,5215,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5786,0,5216,0,0,"IF", 0, 2, 0);
	trans[3][5215]	= settr(5554,0,5451,1,0,"(1)", 0, 2, 0);
	trans[3][5215]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5448]	= settr(5787,0,5451,1,0,".(goto)", 0, 2, 0);
	trans[3][5216]	= settr(5555,0,5229,370,370,"needrq = 1", 0, 2, 0);
	trans[3][5216]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][5229]	= settr(5568,32,5242,371,371,"D_STEP531", 1, 2, 0);
	trans[3][5229]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][5242]	= settr(5581,32,5243,372,372,"D_STEP531", 1, 2, 0);
	trans[3][5242]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5243]	= settr(5582,0,5244,373,373,"sent = 0", 0, 2, 0);
	trans[3][5243]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5244]	= settr(5583,0,5442,374,374,"overlap = 0", 0, 2, 0);
	trans[3][5244]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5443]	= settr(5782,0,5442,1,0,".(goto)", 0, 2, 0);
	T = trans[3][5442] = settr(5781,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(5781,0,5427,0,0,"DO", 0, 2, 0);
	T = trans[3][5427] = settr(5766,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5766,0,5332,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5766,0,5336,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5766,0,5426,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][5332]	= settr(5671,32,5440,375,375,"D_STEP531", 1, 2, 0);
	trans[3][5332]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5428]	= settr(5767,0,5440,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][5336]	= settr(5675,32,5440,376,376,"D_STEP531", 1, 2, 0);
	trans[3][5336]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][5426]	= settr(5765,32,5440,377,377,"D_STEP531", 1, 2, 0);
	trans[3][5426]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5440] = settr(5779,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5779,0,5429,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5779,0,5433,0,0,"IF", 0, 2, 0);
	trans[3][5429]	= settr(5768,0,5430,378,0,"((rerr==0))", 0, 2, 0);
	trans[3][5429]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5430]	= settr(5769,0,5431,379,379,"needrq = 0", 0, 2, 0);
	trans[3][5430]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5431]	= settr(5770,0,5445,380,380,"expected = 0", 0, 2, 0);
	trans[3][5431]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5432]	= settr(5771,0,5445,1,0,"goto :b235", 0, 2, 0);
	trans[3][5432]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5441]	= settr(5780,0,5442,1,0,".(goto)", 0, 2, 0);
	trans[3][5433]	= settr(5772,0,5438,381,0,"(rerr)", 0, 2, 0);
	trans[3][5433]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5438] = settr(5777,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5777,0,5434,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5777,0,5435,0,0,"IF", 0, 2, 0);
	trans[3][5434]	= settr(5773,0,5442,1,0,"(1)", 0, 2, 0);
	trans[3][5434]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5439]	= settr(5778,0,5442,1,0,".(goto)", 0, 2, 0);
	trans[3][5435]	= settr(5774,0,5436,382,382,"needrq = 1", 0, 2, 0);
	trans[3][5435]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5436]	= settr(5775,0,5445,383,383,"fail = 1", 0, 2, 0);
	trans[3][5436]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5437]	= settr(5776,0,5445,1,0,"goto :b235", 0, 2, 0);
	trans[3][5437]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5444]	= settr(5783,0,5445,1,0,"break", 0, 2, 0);
	trans[3][5444]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5445]	= settr(5784,0,5481,384,384,"fail = 1", 0, 2, 0);
	trans[3][5445]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5446]	= settr(5785,0,5481,1,0,"goto :b224", 0, 2, 0);
	trans[3][5446]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5453]	= settr(5792,0,5481,1,0,"break", 0, 2, 0);
	trans[3][5453]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5481] = settr(5820,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5820,0,5454,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5820,0,5456,0,0,"IF", 0, 2, 0);
	trans[3][5454]	= settr(5793,0,5455,385,0,"(fail)", 0, 2, 0);
	trans[3][5454]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5455]	= settr(5794,0,5483,1,0,"(1)", 0, 2, 0);
	trans[3][5455]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5482]	= settr(5821,0,5483,1,0,".(goto)", 0, 2, 0);
	trans[3][5456]	= settr(5795,0,5465,2,0,"else", 0, 2, 0);
	trans[3][5456]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5465] = settr(5804,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5804,0,5457,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5804,0,5459,0,0,"IF", 0, 2, 0);
	trans[3][5457]	= settr(5796,0,5458,386,386,"(released)", 0, 2, 0);
	trans[3][5457]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5458]	= settr(5797,0,5467,387,387,"expected = (expected-sn[((me*2)+a)])", 1, 2, 0);
	trans[3][5458]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5466]	= settr(5805,0,5467,1,0,".(goto)", 0, 2, 0);
	trans[3][5459]	= settr(5798,0,5460,2,0,"else", 0, 2, 0);
	trans[3][5459]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5460]	= settr(5799,0,5461,388,388,"expected = 0", 0, 2, 0);
	trans[3][5460]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5461]	= settr(5800,0,5464,389,389,"needrq = 1", 0, 2, 0);
	trans[3][5461]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][5464]	= settr(5803,32,5467,390,390,"D_STEP531", 1, 2, 0);
	trans[3][5464]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5467]	= settr(5806,0,5480,391,391,"overlap = 1", 0, 2, 0);
	trans[3][5467]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][5480]	= settr(5819,32,5483,392,392,"D_STEP531", 1, 2, 0);
	trans[3][5480]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5483]	= settr(5822,0,5487,393,393,"released = 0", 0, 2, 0);
	trans[3][5483]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5487] = settr(5826,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5826,0,5484,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5826,0,5486,0,0,"IF", 0, 2, 0);
	trans[3][5484]	= settr(5823,0,6866,394,0,"(fail)", 0, 2, 0);
	trans[3][5484]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5485]	= settr(5824,0,6866,1,0,"goto step_end", 0, 2, 0);
	trans[3][5485]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5488]	= settr(5827,0,6862,1,0,".(goto)", 0, 2, 0);
	trans[3][5486]	= settr(5825,0,6862,2,0,"else", 0, 2, 0);
	trans[3][5486]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6862] = settr(7201,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7201,0,5489,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7201,0,6309,0,0,"IF", 0, 2, 0);
	trans[3][5489]	= settr(5828,0,6307,395,0,"(slost[((me*2)+b)])", 1, 2, 0);
	trans[3][5489]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6307] = settr(6646,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6646,0,5490,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6646,0,6293,0,0,"IF", 0, 2, 0);
	trans[3][5490]	= settr(5829,0,5491,396,396,"((sent==(b+1)))", 0, 2, 0);
	trans[3][5490]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5491]	= settr(5830,0,5505,397,397,"sent = 0", 0, 2, 0);
	trans[3][5491]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5505] = settr(5844,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5844,0,5495,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(5844,0,5500,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(5844,0,5504,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][5495]	= settr(5834,32,5739,398,398,"D_STEP536", 1, 2, 0);
	trans[3][5495]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5506]	= settr(5845,0,5739,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][5500]	= settr(5839,32,5739,399,399,"D_STEP536", 1, 2, 0);
	trans[3][5500]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][5504]	= settr(5843,32,5739,400,400,"D_STEP536", 1, 2, 0);
	trans[3][5504]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5739] = settr(6078,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6078,0,5507,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6078,0,5738,0,0,"IF", 0, 2, 0);
	trans[3][5507]	= settr(5846,0,5508,401,401,"(rerr)", 0, 2, 0);
	trans[3][5507]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5508]	= settr(5847,0,5521,402,402,"rerr = 0", 0, 2, 0);
	trans[3][5508]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][5521]	= settr(5860,32,5534,403,403,"D_STEP536", 1, 2, 0);
	trans[3][5521]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][5534]	= settr(5873,32,5535,404,404,"D_STEP536", 1, 2, 0);
	trans[3][5534]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5535]	= settr(5874,0,5536,405,405,"sent = 0", 0, 2, 0);
	trans[3][5535]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5536]	= settr(5875,0,5734,406,406,"overlap = 0", 0, 2, 0);
	trans[3][5536]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5735]	= settr(6074,0,5734,1,0,".(goto)", 0, 2, 0);
	T = trans[3][5734] = settr(6073,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(6073,0,5719,0,0,"DO", 0, 2, 0);
	T = trans[3][5719] = settr(6058,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6058,0,5624,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6058,0,5628,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6058,0,5718,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][5624]	= settr(5963,32,5732,407,407,"D_STEP536", 1, 2, 0);
	trans[3][5624]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5720]	= settr(6059,0,5732,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][5628]	= settr(5967,32,5732,408,408,"D_STEP536", 1, 2, 0);
	trans[3][5628]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][5718]	= settr(6057,32,5732,409,409,"D_STEP536", 1, 2, 0);
	trans[3][5718]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5732] = settr(6071,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6071,0,5721,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6071,0,5725,0,0,"IF", 0, 2, 0);
	trans[3][5721]	= settr(6060,0,5722,410,0,"((rerr==0))", 0, 2, 0);
	trans[3][5721]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5722]	= settr(6061,0,5723,411,411,"needrq = 0", 0, 2, 0);
	trans[3][5722]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5723]	= settr(6062,0,5737,412,412,"expected = 0", 0, 2, 0);
	trans[3][5723]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5724]	= settr(6063,0,5737,1,0,"goto :b246", 0, 2, 0);
	trans[3][5724]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5733]	= settr(6072,0,5734,1,0,".(goto)", 0, 2, 0);
	trans[3][5725]	= settr(6064,0,5730,413,0,"(rerr)", 0, 2, 0);
	trans[3][5725]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5730] = settr(6069,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6069,0,5726,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6069,0,5727,0,0,"IF", 0, 2, 0);
	trans[3][5726]	= settr(6065,0,5734,1,0,"(1)", 0, 2, 0);
	trans[3][5726]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5731]	= settr(6070,0,5734,1,0,".(goto)", 0, 2, 0);
	trans[3][5727]	= settr(6066,0,5728,414,414,"needrq = 1", 0, 2, 0);
	trans[3][5727]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5728]	= settr(6067,0,5737,415,415,"fail = 1", 0, 2, 0);
	trans[3][5728]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5729]	= settr(6068,0,5737,1,0,"goto :b246", 0, 2, 0);
	trans[3][5729]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5736]	= settr(6075,0,5737,1,0,"break", 0, 2, 0);
	trans[3][5736]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5737]	= settr(6076,0,6291,416,416,"fail = 1", 0, 2, 0);
	trans[3][5737]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5740]	= settr(6079,0,6291,1,0,".(goto)", 0, 2, 0);
	trans[3][5738]	= settr(6077,0,6291,2,0,"else", 0, 2, 0);
	trans[3][5738]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6291] = settr(6630,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6630,0,5741,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6630,0,6290,0,0,"IF", 0, 2, 0);
	trans[3][5741]	= settr(6080,0,5777,417,0,"(!(fail))", 0, 2, 0);
	trans[3][5741]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][5777] = settr(6116,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6116,0,5742,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6116,0,5776,0,0,"IF", 0, 2, 0);
	trans[3][5742]	= settr(6081,0,5779,1,0,"(1)", 0, 2, 0);
	trans[3][5742]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5778]	= settr(6117,0,5779,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][5776]	= settr(6115,32,5779,418,418,"D_STEP536", 1, 2, 0);
	trans[3][5776]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5779]	= settr(6118,0,6257,419,419,"released = 0", 0, 2, 0);
	trans[3][5779]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6258]	= settr(6597,0,6257,1,0,".(goto)", 0, 2, 0);
	T = trans[3][6257] = settr(6596,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(6596,0,5780,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(6596,0,5782,0,0,"DO", 0, 2, 0);
	trans[3][5780]	= settr(6119,0,6287,420,0,"(slost[((me*2)+b)])", 1, 2, 0);
	trans[3][5780]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5781]	= settr(6120,0,6287,1,0,"goto :b258", 0, 2, 0);
	trans[3][5781]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][5782]	= settr(6121,0,6015,2,0,"else", 0, 2, 0);
	trans[3][5782]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6015] = settr(6354,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6354,0,5895,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6354,0,5899,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6354,0,6014,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][5895]	= settr(6234,32,6255,421,421,"D_STEP536", 1, 2, 0);
	trans[3][5895]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6016]	= settr(6355,0,6255,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][5899]	= settr(6238,32,6255,422,422,"D_STEP536", 1, 2, 0);
	trans[3][5899]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6014]	= settr(6353,32,6255,423,423,"D_STEP536", 1, 2, 0);
	trans[3][6014]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6255] = settr(6594,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6594,0,6017,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6594,0,6019,0,0,"IF", 0, 2, 0);
	trans[3][6017]	= settr(6356,0,6287,424,0,"((rerr==0))", 0, 2, 0);
	trans[3][6017]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6018]	= settr(6357,0,6287,1,0,"goto :b258", 0, 2, 0);
	trans[3][6018]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6256]	= settr(6595,0,6257,1,0,".(goto)", 0, 2, 0);
	trans[3][6019]	= settr(6358,0,6020,425,0,"(rerr)", 0, 2, 0);
	trans[3][6019]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6020]	= settr(6359,0,6253,426,426,"released = 0", 0, 2, 0);
	trans[3][6020]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6253] = settr(6592,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6592,0,6021,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6592,0,6022,0,0,"IF", 0, 2, 0);
	trans[3][6021]	= settr(6360,0,6257,1,0,"(1)", 0, 2, 0);
	trans[3][6021]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6254]	= settr(6593,0,6257,1,0,".(goto)", 0, 2, 0);
	trans[3][6022]	= settr(6361,0,6035,427,427,"needrq = 1", 0, 2, 0);
	trans[3][6022]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6035]	= settr(6374,32,6048,428,428,"D_STEP536", 1, 2, 0);
	trans[3][6035]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6048]	= settr(6387,32,6049,429,429,"D_STEP536", 1, 2, 0);
	trans[3][6048]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6049]	= settr(6388,0,6050,430,430,"sent = 0", 0, 2, 0);
	trans[3][6049]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6050]	= settr(6389,0,6248,431,431,"overlap = 0", 0, 2, 0);
	trans[3][6050]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6249]	= settr(6588,0,6248,1,0,".(goto)", 0, 2, 0);
	T = trans[3][6248] = settr(6587,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(6587,0,6233,0,0,"DO", 0, 2, 0);
	T = trans[3][6233] = settr(6572,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6572,0,6138,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6572,0,6142,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6572,0,6232,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][6138]	= settr(6477,32,6246,432,432,"D_STEP536", 1, 2, 0);
	trans[3][6138]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6234]	= settr(6573,0,6246,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][6142]	= settr(6481,32,6246,433,433,"D_STEP536", 1, 2, 0);
	trans[3][6142]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6232]	= settr(6571,32,6246,434,434,"D_STEP536", 1, 2, 0);
	trans[3][6232]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6246] = settr(6585,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6585,0,6235,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6585,0,6239,0,0,"IF", 0, 2, 0);
	trans[3][6235]	= settr(6574,0,6236,435,0,"((rerr==0))", 0, 2, 0);
	trans[3][6235]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6236]	= settr(6575,0,6237,436,436,"needrq = 0", 0, 2, 0);
	trans[3][6236]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6237]	= settr(6576,0,6251,437,437,"expected = 0", 0, 2, 0);
	trans[3][6237]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6238]	= settr(6577,0,6251,1,0,"goto :b269", 0, 2, 0);
	trans[3][6238]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6247]	= settr(6586,0,6248,1,0,".(goto)", 0, 2, 0);
	trans[3][6239]	= settr(6578,0,6244,438,0,"(rerr)", 0, 2, 0);
	trans[3][6239]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6244] = settr(6583,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6583,0,6240,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6583,0,6241,0,0,"IF", 0, 2, 0);
	trans[3][6240]	= settr(6579,0,6248,1,0,"(1)", 0, 2, 0);
	trans[3][6240]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6245]	= settr(6584,0,6248,1,0,".(goto)", 0, 2, 0);
	trans[3][6241]	= settr(6580,0,6242,439,439,"needrq = 1", 0, 2, 0);
	trans[3][6241]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6242]	= settr(6581,0,6251,440,440,"fail = 1", 0, 2, 0);
	trans[3][6242]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6243]	= settr(6582,0,6251,1,0,"goto :b269", 0, 2, 0);
	trans[3][6243]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6250]	= settr(6589,0,6251,1,0,"break", 0, 2, 0);
	trans[3][6250]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6251]	= settr(6590,0,6287,441,441,"fail = 1", 0, 2, 0);
	trans[3][6251]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6252]	= settr(6591,0,6287,1,0,"goto :b258", 0, 2, 0);
	trans[3][6252]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6259]	= settr(6598,0,6287,1,0,"break", 0, 2, 0);
	trans[3][6259]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6287] = settr(6626,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6626,0,6260,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6626,0,6262,0,0,"IF", 0, 2, 0);
	trans[3][6260]	= settr(6599,0,6261,442,0,"(fail)", 0, 2, 0);
	trans[3][6260]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6261]	= settr(6600,0,6289,1,0,"(1)", 0, 2, 0);
	trans[3][6261]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6288]	= settr(6627,0,6289,1,0,".(goto)", 0, 2, 0);
	trans[3][6262]	= settr(6601,0,6271,2,0,"else", 0, 2, 0);
	trans[3][6262]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6271] = settr(6610,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6610,0,6263,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6610,0,6265,0,0,"IF", 0, 2, 0);
	trans[3][6263]	= settr(6602,0,6264,443,443,"(released)", 0, 2, 0);
	trans[3][6263]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6264]	= settr(6603,0,6273,444,444,"expected = (expected-sn[((me*2)+b)])", 1, 2, 0);
	trans[3][6264]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6272]	= settr(6611,0,6273,1,0,".(goto)", 0, 2, 0);
	trans[3][6265]	= settr(6604,0,6266,2,0,"else", 0, 2, 0);
	trans[3][6265]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6266]	= settr(6605,0,6267,445,445,"expected = 0", 0, 2, 0);
	trans[3][6266]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6267]	= settr(6606,0,6270,446,446,"needrq = 1", 0, 2, 0);
	trans[3][6267]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6270]	= settr(6609,32,6273,447,447,"D_STEP536", 1, 2, 0);
	trans[3][6270]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6273]	= settr(6612,0,6286,448,448,"overlap = 1", 0, 2, 0);
	trans[3][6273]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6286]	= settr(6625,32,6289,449,449,"D_STEP536", 1, 2, 0);
	trans[3][6286]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6289]	= settr(6628,0,6866,450,450,"released = 0", 0, 2, 0);
	trans[3][6289]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6292]	= settr(6631,0,6866,1,0,".(goto)", 0, 2, 0);
	trans[3][6290]	= settr(6629,0,6866,2,0,"else", 0, 2, 0);
	trans[3][6290]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6308]	= settr(6647,0,6866,1,0,".(goto)", 0, 2, 0);
	trans[3][6293]	= settr(6632,0,6306,2,0,"else", 0, 2, 0);
	trans[3][6293]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6306]	= settr(6645,32,6866,451,451,"D_STEP537", 1, 2, 0);
	trans[3][6306]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6863]	= settr(7202,0,6866,1,0,".(goto)", 0, 2, 0);
	trans[3][6309]	= settr(6648,0,6860,2,0,"else", 0, 2, 0);
	trans[3][6309]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6860] = settr(7199,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7199,0,6310,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7199,0,6859,0,0,"IF", 0, 2, 0);
	trans[3][6310]	= settr(6649,0,6346,452,0,"((sg[((me*2)+b)]==0))", 1, 2, 0);
	trans[3][6310]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6346] = settr(6685,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6685,0,6311,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6685,0,6345,0,0,"IF", 0, 2, 0);
	trans[3][6311]	= settr(6650,0,6348,1,0,"(1)", 0, 2, 0);
	trans[3][6311]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6347]	= settr(6686,0,6348,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][6345]	= settr(6684,32,6348,453,453,"D_STEP540", 1, 2, 0);
	trans[3][6345]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6348]	= settr(6687,0,6826,454,454,"released = 0", 0, 2, 0);
	trans[3][6348]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6827]	= settr(7166,0,6826,1,0,".(goto)", 0, 2, 0);
	T = trans[3][6826] = settr(7165,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(7165,0,6349,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(7165,0,6351,0,0,"DO", 0, 2, 0);
	trans[3][6349]	= settr(6688,0,6856,455,0,"(slost[((me*2)+b)])", 1, 2, 0);
	trans[3][6349]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6350]	= settr(6689,0,6856,1,0,"goto :b281", 0, 2, 0);
	trans[3][6350]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6351]	= settr(6690,0,6584,2,0,"else", 0, 2, 0);
	trans[3][6351]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6584] = settr(6923,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6923,0,6464,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(6923,0,6468,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(6923,0,6583,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][6464]	= settr(6803,32,6824,456,456,"D_STEP540", 1, 2, 0);
	trans[3][6464]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6585]	= settr(6924,0,6824,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][6468]	= settr(6807,32,6824,457,457,"D_STEP540", 1, 2, 0);
	trans[3][6468]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6583]	= settr(6922,32,6824,458,458,"D_STEP540", 1, 2, 0);
	trans[3][6583]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6824] = settr(7163,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7163,0,6586,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7163,0,6588,0,0,"IF", 0, 2, 0);
	trans[3][6586]	= settr(6925,0,6856,459,0,"((rerr==0))", 0, 2, 0);
	trans[3][6586]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6587]	= settr(6926,0,6856,1,0,"goto :b281", 0, 2, 0);
	trans[3][6587]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6825]	= settr(7164,0,6826,1,0,".(goto)", 0, 2, 0);
	trans[3][6588]	= settr(6927,0,6589,460,0,"(rerr)", 0, 2, 0);
	trans[3][6588]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6589]	= settr(6928,0,6822,461,461,"released = 0", 0, 2, 0);
	trans[3][6589]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6822] = settr(7161,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7161,0,6590,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7161,0,6591,0,0,"IF", 0, 2, 0);
	trans[3][6590]	= settr(6929,0,6826,1,0,"(1)", 0, 2, 0);
	trans[3][6590]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6823]	= settr(7162,0,6826,1,0,".(goto)", 0, 2, 0);
	trans[3][6591]	= settr(6930,0,6604,462,462,"needrq = 1", 0, 2, 0);
	trans[3][6591]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6604]	= settr(6943,32,6617,463,463,"D_STEP540", 1, 2, 0);
	trans[3][6604]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6617]	= settr(6956,32,6618,464,464,"D_STEP540", 1, 2, 0);
	trans[3][6617]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6618]	= settr(6957,0,6619,465,465,"sent = 0", 0, 2, 0);
	trans[3][6618]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6619]	= settr(6958,0,6817,466,466,"overlap = 0", 0, 2, 0);
	trans[3][6619]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6818]	= settr(7157,0,6817,1,0,".(goto)", 0, 2, 0);
	T = trans[3][6817] = settr(7156,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(7156,0,6802,0,0,"DO", 0, 2, 0);
	T = trans[3][6802] = settr(7141,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7141,0,6707,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7141,0,6711,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7141,0,6801,0,0,"IF", 0, 2, 0);
/*->*/	trans[3][6707]	= settr(7046,32,6815,467,467,"D_STEP540", 1, 2, 0);
	trans[3][6707]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6803]	= settr(7142,0,6815,1,0,".(goto)", 0, 2, 0);
/*->*/	trans[3][6711]	= settr(7050,32,6815,468,468,"D_STEP540", 1, 2, 0);
	trans[3][6711]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6801]	= settr(7140,32,6815,469,469,"D_STEP540", 1, 2, 0);
	trans[3][6801]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6815] = settr(7154,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7154,0,6804,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7154,0,6808,0,0,"IF", 0, 2, 0);
	trans[3][6804]	= settr(7143,0,6805,470,0,"((rerr==0))", 0, 2, 0);
	trans[3][6804]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6805]	= settr(7144,0,6806,471,471,"needrq = 0", 0, 2, 0);
	trans[3][6805]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6806]	= settr(7145,0,6820,472,472,"expected = 0", 0, 2, 0);
	trans[3][6806]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6807]	= settr(7146,0,6820,1,0,"goto :b292", 0, 2, 0);
	trans[3][6807]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6816]	= settr(7155,0,6817,1,0,".(goto)", 0, 2, 0);
	trans[3][6808]	= settr(7147,0,6813,473,0,"(rerr)", 0, 2, 0);
	trans[3][6808]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6813] = settr(7152,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7152,0,6809,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7152,0,6810,0,0,"IF", 0, 2, 0);
	trans[3][6809]	= settr(7148,0,6817,1,0,"(1)", 0, 2, 0);
	trans[3][6809]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6814]	= settr(7153,0,6817,1,0,".(goto)", 0, 2, 0);
	trans[3][6810]	= settr(7149,0,6811,474,474,"needrq = 1", 0, 2, 0);
	trans[3][6810]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6811]	= settr(7150,0,6820,475,475,"fail = 1", 0, 2, 0);
	trans[3][6811]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6812]	= settr(7151,0,6820,1,0,"goto :b292", 0, 2, 0);
	trans[3][6812]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6819]	= settr(7158,0,6820,1,0,"break", 0, 2, 0);
	trans[3][6819]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6820]	= settr(7159,0,6856,476,476,"fail = 1", 0, 2, 0);
	trans[3][6820]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6821]	= settr(7160,0,6856,1,0,"goto :b281", 0, 2, 0);
	trans[3][6821]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6828]	= settr(7167,0,6856,1,0,"break", 0, 2, 0);
	trans[3][6828]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6856] = settr(7195,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7195,0,6829,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7195,0,6831,0,0,"IF", 0, 2, 0);
	trans[3][6829]	= settr(7168,0,6830,477,0,"(fail)", 0, 2, 0);
	trans[3][6829]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6830]	= settr(7169,0,6858,1,0,"(1)", 0, 2, 0);
	trans[3][6830]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6857]	= settr(7196,0,6858,1,0,".(goto)", 0, 2, 0);
	trans[3][6831]	= settr(7170,0,6840,2,0,"else", 0, 2, 0);
	trans[3][6831]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6840] = settr(7179,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7179,0,6832,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7179,0,6834,0,0,"IF", 0, 2, 0);
	trans[3][6832]	= settr(7171,0,6833,478,478,"(released)", 0, 2, 0);
	trans[3][6832]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6833]	= settr(7172,0,6842,479,479,"expected = (expected-sn[((me*2)+b)])", 1, 2, 0);
	trans[3][6833]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6841]	= settr(7180,0,6842,1,0,".(goto)", 0, 2, 0);
	trans[3][6834]	= settr(7173,0,6835,2,0,"else", 0, 2, 0);
	trans[3][6834]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6835]	= settr(7174,0,6836,480,480,"expected = 0", 0, 2, 0);
	trans[3][6835]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6836]	= settr(7175,0,6839,481,481,"needrq = 1", 0, 2, 0);
	trans[3][6836]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6839]	= settr(7178,32,6842,482,482,"D_STEP540", 1, 2, 0);
	trans[3][6839]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6842]	= settr(7181,0,6855,483,483,"overlap = 1", 0, 2, 0);
	trans[3][6842]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6855]	= settr(7194,32,6858,484,484,"D_STEP540", 1, 2, 0);
	trans[3][6855]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6858]	= settr(7197,0,6866,485,485,"released = 0", 0, 2, 0);
	trans[3][6858]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6861]	= settr(7200,0,6866,1,0,".(goto)", 0, 2, 0);
	trans[3][6859]	= settr(7198,0,6866,2,0,"else", 0, 2, 0);
	trans[3][6859]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6866]	= settr(7205,0,6867,486,486,"a = 0", 0, 2, 0);
	trans[3][6866]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6867]	= settr(7206,0,6868,487,487,"b = 0", 0, 2, 0);
	trans[3][6867]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6868]	= settr(7207,0,6878,488,488,"send = 0", 0, 2, 0);
	trans[3][6868]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6878] = settr(7217,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7217,0,6869,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7217,0,6876,0,0,"IF", 0, 2, 0);
	trans[3][6869]	= settr(7208,0,6870,489,489,"(fail)", 0, 2, 0);
	trans[3][6869]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6870]	= settr(7209,0,6874,490,490,"fail = 0", 0, 2, 0);
	trans[3][6870]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6874] = settr(7213,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7213,0,6871,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7213,0,6873,0,0,"IF", 0, 2, 0);
	trans[3][6871]	= settr(7210,0,292,1,0,"(1)", 0, 2, 0);
	trans[3][6871]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6872]	= settr(7211,0,292,1,0,"goto step", 0, 2, 0);
	trans[3][6872]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6875]	= settr(7214,0,6880,1,0,".(goto)", 0, 2, 0);
	trans[3][6873]	= settr(7212,0,6912,1,0,"goto run_end", 0, 2, 0);
	trans[3][6873]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6879]	= settr(7218,0,6880,1,0,".(goto)", 0, 2, 0);
	trans[3][6876]	= settr(7215,0,292,2,0,"else", 0, 2, 0);
	trans[3][6876]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6877]	= settr(7216,0,292,1,0,"goto step", 0, 2, 0);
	trans[3][6877]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6880]	= settr(7219,0,6881,491,491,"a = 0", 0, 2, 0);
	trans[3][6880]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6881]	= settr(7220,0,6910,492,492,"b = 0", 0, 2, 0);
	trans[3][6881]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	T = trans[3][6910] = settr(7249,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7249,0,6882,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7249,0,6909,0,0,"IF", 0, 2, 0);
	trans[3][6882]	= settr(7221,0,6908,493,0,"(sw)", 0, 2, 0);
	trans[3][6882]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6908]	= settr(7247,32,6912,494,494,"D_STEP556", 1, 2, 0);
	trans[3][6908]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6911]	= settr(7250,0,6912,1,0,".(goto)", 0, 2, 0);
	trans[3][6909]	= settr(7248,0,6912,2,0,"else", 0, 2, 0);
	trans[3][6909]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
	trans[3][6912]	= settr(7251,0,6956,1,0,"(1)", 0, 2, 0);
	trans[3][6912]->escp[0] = 6936;
	reached3[6936] = 1;
	/* escape #0: 6936 */
	/* end-escapes */
/*->*/	trans[3][6956]	= settr(7295,32,6961,495,495,"D_STEP581", 0, 2, 0);
	T = trans[3][6961] = settr(7300,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7300,0,6957,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7300,0,6959,0,0,"IF", 0, 2, 0);
	trans[3][6957]	= settr(7296,0,6966,496,0,"(sw)", 0, 2, 0);
	trans[3][6958]	= settr(7297,0,6966,1,0,"goto finish", 0, 2, 0);
	trans[3][6962]	= settr(7301,0,6966,1,0,".(goto)", 0, 2, 0);
	trans[3][6959]	= settr(7298,0,17,2,0,"else", 0, 2, 0);
	trans[3][6960]	= settr(7299,0,17,1,0,"goto next", 0, 2, 0);
	T = trans[3][6966] = settr(7305,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(7305,0,6963,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(7305,0,6965,0,0,"IF", 0, 2, 0);
	trans[3][6963]	= settr(7302,0,6964,497,497,"(!(sw))", 0, 2, 0);
	trans[3][6964]	= settr(7303,0,6968,498,498,"ndone = (ndone+1)", 1, 2, 0);
	trans[3][6967]	= settr(7306,0,6968,1,0,".(goto)", 0, 2, 0);
	trans[3][6965]	= settr(7304,0,6968,2,0,"else", 0, 2, 0);
	trans[3][6968]	= settr(7307,0,0,499,499,"-end-", 0, 3500, 0);

	/* proctype 2: pg */

	trans[2] = (Trans **) emalloc(317*sizeof(Trans *));

	trans[2][314]	= settr(337,0,313,1,0,".(goto)", 0, 2, 0);
	T = trans[2][313] = settr(336,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,27,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,39,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,66,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,78,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,105,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,117,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,144,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,156,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,183,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,195,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,222,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,234,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,261,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,273,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(336,0,300,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(336,0,312,0,0,"DO", 0, 2, 0);
/*->*/	trans[2][27]	= settr(50,32,313,500,500,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][39]	= settr(62,32,313,501,501,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][66]	= settr(89,32,313,502,502,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][78]	= settr(101,32,313,503,503,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][105]	= settr(128,32,313,504,504,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][117]	= settr(140,32,313,505,505,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][144]	= settr(167,32,313,506,506,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][156]	= settr(179,32,313,507,507,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][183]	= settr(206,32,313,508,508,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][195]	= settr(218,32,313,509,509,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][222]	= settr(245,32,313,510,510,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][234]	= settr(257,32,313,511,511,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][261]	= settr(284,32,313,512,512,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][273]	= settr(296,32,313,513,513,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][300]	= settr(323,32,313,514,514,"D_STEP236", 1, 2, 0);
/*->*/	trans[2][312]	= settr(335,32,313,515,515,"D_STEP236", 1, 2, 0);
	trans[2][315]	= settr(338,0,316,1,0,"break", 0, 2, 0);
	trans[2][316]	= settr(339,0,0,516,516,"-end-", 0, 3500, 0);

	/* proctype 1: clock */

	trans[1] = (Trans **) emalloc(8*sizeof(Trans *));

	trans[1][5]	= settr(21,0,4,1,0,".(goto)", 0, 2, 0);
	T = trans[1][4] = settr(20,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(20,0,3,0,0,"DO", 0, 2, 0);
/*->*/	trans[1][3]	= settr(19,32,4,517,517,"D_STEP209", 1, 2, 0);
	trans[1][6]	= settr(22,0,7,1,0,"break", 0, 2, 0);
	trans[1][7]	= settr(23,0,0,518,518,"-end-", 0, 3500, 0);

	/* proctype 0: producer */

	trans[0] = (Trans **) emalloc(18*sizeof(Trans *));

	trans[0][15]	= settr(14,0,14,1,0,".(goto)", 0, 2, 0);
	T = trans[0][14] = settr(13,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(13,0,11,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(13,0,12,0,0,"DO", 0, 2, 0);
/*->*/	trans[0][11]	= settr(10,32,14,519,519,"D_STEP198", 1, 2, 0);
	trans[0][12]	= settr(11,0,17,2,0,"else", 0, 2, 0);
	trans[0][13]	= settr(12,0,17,1,0,"goto :b0", 0, 2, 0);
	trans[0][16]	= settr(15,0,17,1,0,"break", 0, 2, 0);
	trans[0][17]	= settr(16,0,0,520,520,"-end-", 0, 3500, 0);
	/* np_ demon: */
	trans[_NP_] = (Trans **) emalloc(3*sizeof(Trans *));
	T = trans[_NP_][0] = settr(9997,0,1,_T5,0,"(np_)", 1,2,0);
	    T->nxt	  = settr(9998,0,0,_T2,0,"(1)",   0,2,0);
	T = trans[_NP_][1] = settr(9999,0,1,_T5,0,"(np_)", 1,2,0);
}

Trans *
settr(	int t_id, int a, int b, int c, int d,
	char *t, int g, int tpe0, int tpe1)
{	Trans *tmp = (Trans *) emalloc(sizeof(Trans));

	tmp->atom  = a&(6|32);	/* only (2|8|32) have meaning */
	if (!g) tmp->atom |= 8;	/* no global references */
	tmp->st    = b;
	tmp->tpe[0] = tpe0;
	tmp->tpe[1] = tpe1;
	tmp->tp    = t;
	tmp->t_id  = t_id;
	tmp->forw  = c;
	tmp->back  = d;
	return tmp;
}

Trans *
cpytr(Trans *a)
{	Trans *tmp = (Trans *) emalloc(sizeof(Trans));

	int i;
	tmp->atom  = a->atom;
	tmp->st    = a->st;
#ifdef HAS_UNLESS
	tmp->e_trans = a->e_trans;
	for (i = 0; i < HAS_UNLESS; i++)
		tmp->escp[i] = a->escp[i];
#endif
	tmp->tpe[0] = a->tpe[0];
	tmp->tpe[1] = a->tpe[1];
	for (i = 0; i < 6; i++)
	{	tmp->qu[i] = a->qu[i];
		tmp->ty[i] = a->ty[i];
	}
	tmp->tp    = (char *) emalloc(strlen(a->tp)+1);
	strcpy(tmp->tp, a->tp);
	tmp->t_id  = a->t_id;
	tmp->forw  = a->forw;
	tmp->back  = a->back;
	return tmp;
}

#ifndef NOREDUCE
int
srinc_set(int n)
{	if (n <= 2) return LOCAL;
	if (n <= 2+  DELTA) return Q_FULL_F; /* 's' or nfull  */
	if (n <= 2+2*DELTA) return Q_EMPT_F; /* 'r' or nempty */
	if (n <= 2+3*DELTA) return Q_EMPT_T; /* empty */
	if (n <= 2+4*DELTA) return Q_FULL_T; /* full  */
	if (n ==   5*DELTA) return GLOBAL;
	if (n ==   6*DELTA) return TIMEOUT_F;
	if (n ==   7*DELTA) return ALPHA_F;
	Uerror("cannot happen srinc_class");
	return BAD;
}
int
srunc(int n, int m)
{	switch(m) {
	case Q_FULL_F: return n-2;
	case Q_EMPT_F: return n-2-DELTA;
	case Q_EMPT_T: return n-2-2*DELTA;
	case Q_FULL_T: return n-2-3*DELTA;
	case ALPHA_F:
	case TIMEOUT_F: return 257; /* non-zero, and > MAXQ */
	}
	Uerror("cannot happen srunc");
	return 0;
}
#endif
int cnt;
#ifdef HAS_UNLESS
int
isthere(Trans *a, int b)
{	Trans *t;
	for (t = a; t; t = t->nxt)
		if (t->t_id == b)
			return 1;
	return 0;
}
#endif
#ifndef NOREDUCE
int
mark_safety(Trans *t) /* for conditional safety */
{	int g = 0, i, j, k;

	if (!t) return 0;
	if (t->qu[0])
		return (t->qu[1])?2:1;	/* marked */

	for (i = 0; i < 2; i++)
	{	j = srinc_set(t->tpe[i]);
		if (j >= GLOBAL && j != ALPHA_F)
			return -1;
		if (j != LOCAL)
		{	k = srunc(t->tpe[i], j);
			if (g == 0
			||  t->qu[0] != k
			||  t->ty[0] != j)
			{	t->qu[g] = k;
				t->ty[g] = j;
				g++;
	}	}	}
	return g;
}
#endif
void
retrans(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
	/* process n, with m states, is=initial state */
{	Trans *T0, *T1, *T2, *T3;
	Trans *T4, *T5; /* t_reverse or has_unless */
	int i;
#if defined(HAS_UNLESS) || !defined(NOREDUCE)
	int k;
#endif
#ifndef NOREDUCE
	int g, h, j, aa;
#endif
#ifdef HAS_UNLESS
	int p;
#endif
	if (state_tables >= 4)
	{	printf("STEP 1 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
	do {
		for (i = 1, cnt = 0; i < m; i++)
		{	T2 = trans[n][i];
			T1 = T2?T2->nxt:(Trans *)0;
/* prescan: */		for (T0 = T1; T0; T0 = T0->nxt)
/* choice in choice */	{	if (T0->st && trans[n][T0->st]
				&&  trans[n][T0->st]->nxt)
					break;
			}
#if 0
		if (T0)
		printf("\tstate %d / %d: choice in choice\n",
		i, T0->st);
#endif
			if (T0)
			for (T0 = T1; T0; T0 = T0->nxt)
			{	T3 = trans[n][T0->st];
				if (!T3->nxt)
				{	T2->nxt = cpytr(T0);
					T2 = T2->nxt;
					imed(T2, T0->st, n, i);
					continue;
				}
				do {	T3 = T3->nxt;
					T2->nxt = cpytr(T3);
					T2 = T2->nxt;
					imed(T2, T0->st, n, i);
				} while (T3->nxt);
				cnt++;
			}
		}
	} while (cnt);
	if (state_tables >= 3)
	{	printf("STEP 2 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
	for (i = 1; i < m; i++)
	{	if (trans[n][i] && trans[n][i]->nxt) /* optimize */
		{	T1 = trans[n][i]->nxt;
#if 0
			printf("\t\tpull %d (%d) to %d\n",
			T1->st, T1->forw, i);
#endif
			srcln[i] = srcln[T1->st];	/* Oyvind Teig, 5.2.0 */

			if (!trans[n][T1->st]) continue;
			T0 = cpytr(trans[n][T1->st]);
			trans[n][i] = T0;
			reach[T1->st] = 1;
			imed(T0, T1->st, n, i);
			for (T1 = T1->nxt; T1; T1 = T1->nxt)
			{
#if 0
			printf("\t\tpull %d (%d) to %d\n",
				T1->st, T1->forw, i);
#endif
		/*		srcln[i] = srcln[T1->st];  gh: not useful */
				if (!trans[n][T1->st]) continue;
				T0->nxt = cpytr(trans[n][T1->st]);
				T0 = T0->nxt;
				reach[T1->st] = 1;
				imed(T0, T1->st, n, i);
	}	}	}
	if (state_tables >= 2)
	{	printf("STEP 3 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
#ifdef HAS_UNLESS
	for (i = 1; i < m; i++)
	{	if (!trans[n][i]) continue;
		/* check for each state i if an
		 * escape to some state p is defined
		 * if so, copy and mark p's transitions
		 * and prepend them to the transition-
		 * list of state i
		 */
	 if (!like_java) /* the default */
	 {	for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		for (k = HAS_UNLESS-1; k >= 0; k--)
		{	if (p = T0->escp[k])
			for (T1 = trans[n][p]; T1; T1 = T1->nxt)
			{	if (isthere(trans[n][i], T1->t_id))
					continue;
				T2 = cpytr(T1);
				T2->e_trans = p;
				T2->nxt = trans[n][i];
				trans[n][i] = T2;
		}	}
	 } else /* outermost unless checked first */
	 {	T4 = T3 = (Trans *) 0;
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		for (k = HAS_UNLESS-1; k >= 0; k--)
		{	if (p = T0->escp[k])
			for (T1 = trans[n][p]; T1; T1 = T1->nxt)
			{	if (isthere(trans[n][i], T1->t_id))
					continue;
				T2 = cpytr(T1);
				T2->nxt = (Trans *) 0;
				T2->e_trans = p;
				if (T3)	T3->nxt = T2;
				else	T4 = T2;
				T3 = T2;
		}	}
		if (T4)
		{	T3->nxt = trans[n][i];
			trans[n][i] = T4;
		}
	 }
	}
#endif
#ifndef NOREDUCE
	for (i = 1; i < m; i++)
	{	if (a_cycles)
		{ /* moves through these states are visible */
	#if PROG_LAB>0 && defined(HAS_NP)
			if (progstate[n][i])
				goto degrade;
			for (T1 = trans[n][i]; T1; T1 = T1->nxt)
				if (progstate[n][T1->st])
					goto degrade;
	#endif
			if (accpstate[n][i] || visstate[n][i])
				goto degrade;
			for (T1 = trans[n][i]; T1; T1 = T1->nxt)
				if (accpstate[n][T1->st])
					goto degrade;
		}
		T1 = trans[n][i];
		if (!T1) continue;
		g = mark_safety(T1);	/* V3.3.1 */
		if (g < 0) goto degrade; /* global */
		/* check if mixing of guards preserves reduction */
		if (T1->nxt)
		{	k = 0;
			for (T0 = T1; T0; T0 = T0->nxt)
			{	if (!(T0->atom&8))
					goto degrade;
				for (aa = 0; aa < 2; aa++)
				{	j = srinc_set(T0->tpe[aa]);
					if (j >= GLOBAL && j != ALPHA_F)
						goto degrade;
					if (T0->tpe[aa]
					&&  T0->tpe[aa]
					!=  T1->tpe[0])
						k = 1;
			}	}
			/* g = 0;	V3.3.1 */
			if (k)	/* non-uniform selection */
			for (T0 = T1; T0; T0 = T0->nxt)
			for (aa = 0; aa < 2; aa++)
			{	j = srinc_set(T0->tpe[aa]);
				if (j != LOCAL)
				{	k = srunc(T0->tpe[aa], j);
					for (h = 0; h < 6; h++)
						if (T1->qu[h] == k
						&&  T1->ty[h] == j)
							break;
					if (h >= 6)
					{	T1->qu[g%6] = k;
						T1->ty[g%6] = j;
						g++;
			}	}	}
			if (g > 6)
			{	T1->qu[0] = 0;	/* turn it off */
				printf("pan: warning, line %d, ",
					srcln[i]);
			 	printf("too many stmnt types (%d)",
					g);
			  	printf(" in selection\n");
			  goto degrade;
			}
		}
		/* mark all options global if >=1 is global */
		for (T1 = trans[n][i]; T1; T1 = T1->nxt)
			if (!(T1->atom&8)) break;
		if (T1)
degrade:	for (T1 = trans[n][i]; T1; T1 = T1->nxt)
			T1->atom &= ~8;	/* mark as unsafe */
		/* can only mix 'r's or 's's if on same chan */
		/* and not mixed with other local operations */
		T1 = trans[n][i];
		if (!T1 || T1->qu[0]) continue;
		j = T1->tpe[0];
		if (T1->nxt && T1->atom&8)
		{ if (j == 5*DELTA)
		  {	printf("warning: line %d ", srcln[i]);
			printf("mixed condition ");
			printf("(defeats reduction)\n");
			goto degrade;
		  }
		  for (T0 = T1; T0; T0 = T0->nxt)
		  for (aa = 0; aa < 2; aa++)
		  if  (T0->tpe[aa] && T0->tpe[aa] != j)
		  {	printf("warning: line %d ", srcln[i]);
			printf("[%d-%d] mixed %stion ",
				T0->tpe[aa], j, 
				(j==5*DELTA)?"condi":"selec");
			printf("(defeats reduction)\n");
			printf("	'%s' <-> '%s'\n",
				T1->tp, T0->tp);
			goto degrade;
		} }
	}
#endif
	for (i = 1; i < m; i++)
	{	T2 = trans[n][i];
		if (!T2
		||  T2->nxt
		||  strncmp(T2->tp, ".(goto)", 7)
		||  !stopstate[n][i])
			continue;
		stopstate[n][T2->st] = 1;
	}
	if (state_tables && !verbose)
	{	if (dodot)
		{	char buf[256], *q = buf, *p = procname[n];
			while (*p != '\0')
			{	if (*p != ':')
				{	*q++ = *p;
				}
				p++;
			}
			*q = '\0';
			printf("digraph ");
			switch (Btypes[n]) {
			case I_PROC:  printf("init {\n"); break;
			case N_CLAIM: printf("claim_%s {\n", buf); break;
			case E_TRACE: printf("notrace {\n"); break;
			case N_TRACE: printf("trace {\n"); break;
			default:      printf("p_%s {\n", buf); break;
			}
			printf("size=\"8,10\";\n");
			printf("  GT [shape=box,style=dotted,label=\"%s\"];\n", buf);
			printf("  GT -> S%d;\n", is);
		} else
		{	switch (Btypes[n]) {
			case I_PROC:  printf("init\n"); break;
			case N_CLAIM: printf("claim %s\n", procname[n]); break;
			case E_TRACE: printf("notrace assertion\n"); break;
			case N_TRACE: printf("trace assertion\n"); break;
			default:      printf("proctype %s\n", procname[n]); break;
		}	}
		for (i = 1; i < m; i++)
		{	reach[i] = 1;
		}
		tagtable(n, m, is, srcln, reach);
		if (dodot) printf("}\n");
	} else
	for (i = 1; i < m; i++)
	{	int nrelse;
		if (Btypes[n] != N_CLAIM)
		{	for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			{	if (T0->st == i
				&& strcmp(T0->tp, "(1)") == 0)
				{	printf("error: proctype '%s' ",
						procname[n]);
		  			printf("line %d, state %d: has un",
						srcln[i], i);
					printf("conditional self-loop\n");
					pan_exit(1);
		}	}	}
		nrelse = 0;
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		{	if (strcmp(T0->tp, "else") == 0)
				nrelse++;
		}
		if (nrelse > 1)
		{	printf("error: proctype '%s' state",
				procname[n]);
		  	printf(" %d, inherits %d", i, nrelse);
		  	printf(" 'else' stmnts\n");
			pan_exit(1);
	}	}
#if !defined(LOOPSTATE) && !defined(BFS_PAR)
	if (state_tables)
#endif
	do_dfs(n, m, is, srcln, reach, lpstate);

	if (!t_reverse)
	{	return;
	}
	/* process n, with m states, is=initial state -- reverse list */
	if (!state_tables && Btypes[n] != N_CLAIM)
	{	for (i = 1; i < m; i++)
		{	Trans *Tx = (Trans *) 0; /* list of escapes */
			Trans *Ty = (Trans *) 0; /* its tail element */
			T1 = (Trans *) 0; /* reversed list */
			T2 = (Trans *) 0; /* its tail */
			T3 = (Trans *) 0; /* remembers possible 'else' */

			/* find unless-escapes, they should go first */
			T4 = T5 = T0 = trans[n][i];
	#ifdef HAS_UNLESS
			while (T4 && T4->e_trans) /* escapes are first in orig list */
			{	T5 = T4;	  /* remember predecessor */
				T4 = T4->nxt;
			}
	#endif
			/* T4 points to first non-escape, T5 to its parent, T0 to original list */
			if (T4 != T0)		 /* there was at least one escape */
			{	T3 = T5->nxt;		 /* start of non-escapes */
				T5->nxt = (Trans *) 0;	 /* separate */
				Tx = T0;		 /* start of the escapes */
				Ty = T5;		 /* its tail */
				T0 = T3;		 /* the rest, to be reversed */
			}
			/* T0 points to first non-escape, Tx to the list of escapes, Ty to its tail */

			/* first tail-add non-escape transitions, reversed */
			T3 = (Trans *) 0;
			for (T5 = T0; T5; T5 = T4)
			{	T4 = T5->nxt;
	#ifdef HAS_UNLESS
				if (T5->e_trans)
				{	printf("error: cannot happen!\n");
					continue;
				}
	#endif
				if (strcmp(T5->tp, "else") == 0)
				{	T3 = T5;
					T5->nxt = (Trans *) 0;
				} else
				{	T5->nxt = T1;
					if (!T1) { T2 = T5; }
					T1 = T5;
			}	}
			/* T3 points to a possible else, which is removed from the list */
			/* T1 points to the reversed list so far (without escapes) */
			/* T2 points to the tail element -- where the else should go */
			if (T2 && T3)
			{	T2->nxt = T3;	/* add else */
			} else
			{	if (T3) /* there was an else, but there's no tail */
				{	if (!T1)	/* and no reversed list */
					{	T1 = T3; /* odd, but possible */
					} else		/* even stranger */
					{	T1->nxt = T3;
			}	}	}

			/* add in the escapes, to that they appear at the front */
			if (Tx && Ty) { Ty->nxt = T1; T1 = Tx; }

			trans[n][i] = T1;
			/* reversed, with escapes first and else last */
	}	}
	if (state_tables && verbose)
	{	printf("FINAL proctype %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
	}
}
void
imed(Trans *T, int v, int n, int j)	/* set intermediate state */
{	progstate[n][T->st] |= progstate[n][v];
	accpstate[n][T->st] |= accpstate[n][v];
	stopstate[n][T->st] |= stopstate[n][v];
	mapstate[n][j] = T->st;
}
void
tagtable(int n, int m, int is, short srcln[], uchar reach[])
{	Trans *z;

	if (is >= m || !trans[n][is]
	||  is <= 0 || reach[is] == 0)
		return;
	reach[is] = 0;
	if (state_tables)
	for (z = trans[n][is]; z; z = z->nxt)
	{	if (dodot)
			dot_crack(n, is, z);
		else
			crack(n, is, z, srcln);
	}

	for (z = trans[n][is]; z; z = z->nxt)
	{
#ifdef HAS_UNLESS
		int i, j;
#endif
		tagtable(n, m, z->st, srcln, reach);
#ifdef HAS_UNLESS
		for (i = 0; i < HAS_UNLESS; i++)
		{	j = trans[n][is]->escp[i];
			if (!j) break;
			tagtable(n, m, j, srcln, reach);
		}
#endif
	}
}

extern Trans *t_id_lkup[];

void
dfs_table(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
{	Trans *z;

	if (is >= m || is <= 0 || !trans[n][is])
		return;
	if ((reach[is] & (4|8|16)) != 0)
	{	if ((reach[is] & (8|16)) == 16)	/* on stack, not yet recorded */
		{	lpstate[is] = 1;
			reach[is] |= 8; /* recorded */
			if (state_tables && verbose)
			{	printf("state %d line %d is a loopstate\n", is, srcln[is]);
		}	}
		return;
	}
	reach[is] |= (4|16);	/* visited | onstack */
	for (z = trans[n][is]; z; z = z->nxt)
	{	t_id_lkup[z->t_id] = z;
#ifdef HAS_UNLESS
		int i, j;
#endif
		dfs_table(n, m, z->st, srcln, reach, lpstate);
#ifdef HAS_UNLESS
		for (i = 0; i < HAS_UNLESS; i++)
		{	j = trans[n][is]->escp[i];
			if (!j) break;
			dfs_table(n, m, j, srcln, reach, lpstate);
		}
#endif
	}
	reach[is] &= ~16; /* no longer on stack */
}
void
do_dfs(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
{	int i;
	dfs_table(n, m, is, srcln, reach, lpstate);
	for (i = 0; i < m; i++)
		reach[i] &= ~(4|8|16);
}
void
crack(int n, int j, Trans *z, short srcln[])
{	int i;

	if (!z) return;
	printf("	state %3d -(tr %3d)-> state %3d  ",
		j, z->forw, z->st);
	printf("[id %3d tp %3d", z->t_id, z->tpe[0]);
	if (z->tpe[1]) printf(",%d", z->tpe[1]);
#ifdef HAS_UNLESS
	if (z->e_trans)
		printf(" org %3d", z->e_trans);
	else if (state_tables >= 2)
	for (i = 0; i < HAS_UNLESS; i++)
	{	if (!z->escp[i]) break;
		printf(" esc %d", z->escp[i]);
	}
#endif
	printf("]");
	printf(" [%s%s%s%s%s] %s:%d => ",
		z->atom&6?"A":z->atom&32?"D":"-",
		accpstate[n][j]?"a" :"-",
		stopstate[n][j]?"e" : "-",
		progstate[n][j]?"p" : "-",
		z->atom & 8 ?"L":"G",
		PanSource, srcln[j]);
	for (i = 0; z->tp[i]; i++)
		if (z->tp[i] == '\n')
			printf("\\n");
		else
			putchar(z->tp[i]);
	if (verbose && z->qu[0])
	{	printf("\t[");
		for (i = 0; i < 6; i++)
			if (z->qu[i])
				printf("(%d,%d)",
				z->qu[i], z->ty[i]);
		printf("]");
	}
	printf("\n");
	fflush(stdout);
}
/* spin -a m.pml; cc -o pan pan.c; ./pan -D | dot -Tps > foo.ps; ps2pdf foo.ps */
void
dot_crack(int n, int j, Trans *z)
{	int i;

	if (!z) return;
	printf("	S%d -> S%d  [color=black", j, z->st);

	if (z->atom&6) printf(",style=dashed");
	else if (z->atom&32) printf(",style=dotted");
	else if (z->atom&8) printf(",style=solid");
	else printf(",style=bold");

	printf(",label=\"");
	for (i = 0; z->tp[i]; i++)
	{	if (z->tp[i] == '\\'
		&&  z->tp[i+1] == 'n')
		{	i++; printf(" ");
		} else
		{	putchar(z->tp[i]);
	}	}
	printf("\"];\n");
	if (accpstate[n][j]) printf("  S%d [color=red,style=bold];\n", j);
	else if (progstate[n][j]) printf("  S%d [color=green,style=bold];\n", j);
	if (stopstate[n][j]) printf("  S%d [color=blue,style=bold,shape=box];\n", j);
}

#ifdef VAR_RANGES
#define BYTESIZE	32	/* 2^8 : 2^3 = 256:8 = 32 */

typedef struct Vr_Ptr {
	char	*nm;
	uchar	vals[BYTESIZE];
	struct Vr_Ptr *nxt;
} Vr_Ptr;
Vr_Ptr *ranges = (Vr_Ptr *) 0;

void
logval(char *s, int v)
{	Vr_Ptr *tmp;

	if (v<0 || v > 255) return;
	for (tmp = ranges; tmp; tmp = tmp->nxt)
		if (!strcmp(tmp->nm, s))
			goto found;
	tmp = (Vr_Ptr *) emalloc(sizeof(Vr_Ptr));
	tmp->nxt = ranges;
	ranges = tmp;
	tmp->nm = s;
found:
	tmp->vals[(v)/8] |= 1<<((v)%8);
}

void
dumpval(uchar X[], int range)
{	int w, x, i, j = -1;

	for (w = i = 0; w < range; w++)
	for (x = 0; x < 8; x++, i++)
	{
from:		if ((X[w] & (1<<x)))
		{	printf("%d", i);
			j = i;
			goto upto;
	}	}
	return;
	for (w = 0; w < range; w++)
	for (x = 0; x < 8; x++, i++)
	{
upto:		if (!(X[w] & (1<<x)))
		{	if (i-1 == j)
				printf(", ");
			else
				printf("-%d, ", i-1);
			goto from;
	}	}
	if (j >= 0 && j != 255)
		printf("-255");
}

void
dumpranges(void)
{	Vr_Ptr *tmp;
	printf("\nValues assigned within ");
	printf("interval [0..255]:\n");
	for (tmp = ranges; tmp; tmp = tmp->nxt)
	{	printf("\t%s\t: ", tmp->nm);
		dumpval(tmp->vals, BYTESIZE);
		printf("\n");
	}
}
#endif
