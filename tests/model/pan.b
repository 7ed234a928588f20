	switch (t->back) {
	default: Uerror("bad return move");
	case  0: goto R999; /* nothing to undo */

		 /* PROC :init: */
;
		;
		
	case 4: // STATE 2
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 5: // STATE 3
		;
		((P4 *)_this)->i = trpt->bup.oval;
		;
		goto R999;

	case 6: // STATE 9
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 7: // STATE 11
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC flusher */
;
		;
		;
		;
			case 10: // STATE 6
		sv_restor();
		goto R999;
	case 11: // STATE 14
		sv_restor();
		goto R999;

	case 12: // STATE 19
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;
	case 13: // STATE 6936
		sv_restor();
		goto R999;

	case 14: // STATE 20
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 15: // STATE 21
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;

	case 16: // STATE 22
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;
	case 17: // STATE 146
		sv_restor();
		goto R999;
	case 18: // STATE 150
		sv_restor();
		goto R999;
	case 19: // STATE 276
		sv_restor();
		goto R999;
;
		;
		
	case 21: // STATE 282
		;
		((P3 *)_this)->rerr = trpt->bup.oval;
		;
		goto R999;

	case 22: // STATE 292
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;

	case 23: // STATE 293
		;
		((P3 *)_this)->a = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 25: // STATE 295
		;
		((P3 *)_this)->a = trpt->bup.oval;
		;
		goto R999;

	case 26: // STATE 296
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;
	case 27: // STATE 300
		sv_restor();
		goto R999;
	case 28: // STATE 305
		sv_restor();
		goto R999;
	case 29: // STATE 309
		sv_restor();
		goto R999;

	case 30: // STATE 312
		;
	/* 0 */	((P3 *)_this)->rerr = trpt->bup.oval;
		;
		;
		goto R999;

	case 31: // STATE 313
		;
		((P3 *)_this)->rerr = trpt->bup.oval;
		;
		goto R999;
	case 32: // STATE 326
		sv_restor();
		goto R999;
	case 33: // STATE 339
		sv_restor();
		goto R999;

	case 34: // STATE 340
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 35: // STATE 341
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 36: // STATE 429
		sv_restor();
		goto R999;
	case 37: // STATE 433
		sv_restor();
		goto R999;
	case 38: // STATE 523
		sv_restor();
		goto R999;
;
		;
		
	case 40: // STATE 527
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 41: // STATE 528
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 43: // STATE 532
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 44: // STATE 533
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 45: // STATE 542
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 47: // STATE 581
		sv_restor();
		goto R999;

	case 48: // STATE 584
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 50: // STATE 700
		sv_restor();
		goto R999;
	case 51: // STATE 704
		sv_restor();
		goto R999;
	case 52: // STATE 819
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 55: // STATE 825
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 56: // STATE 827
		;
		((P3 *)_this)->needrq = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 57: // STATE 840
		sv_restor();
		goto R999;
	case 58: // STATE 853
		sv_restor();
		goto R999;

	case 59: // STATE 854
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 60: // STATE 855
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 61: // STATE 943
		sv_restor();
		goto R999;
	case 62: // STATE 947
		sv_restor();
		goto R999;
	case 63: // STATE 1037
		sv_restor();
		goto R999;
;
		;
		
	case 65: // STATE 1041
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 66: // STATE 1042
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 68: // STATE 1046
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 69: // STATE 1047
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 70: // STATE 1056
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 72: // STATE 1068
		;
	/* 0 */	((P3 *)_this)->released = trpt->bup.oval;
		;
		;
		goto R999;

	case 73: // STATE 1069
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 74: // STATE 1071
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 75: // STATE 1072
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;
	case 76: // STATE 1075
		sv_restor();
		goto R999;

	case 77: // STATE 1078
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 78: // STATE 1091
		sv_restor();
		goto R999;

	case 79: // STATE 1094
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 80: // STATE 1102
		;
	/* 0 */	((P3 *)_this)->needrq = trpt->bup.oval;
		;
		;
		goto R999;
	case 81: // STATE 1190
		sv_restor();
		goto R999;
	case 82: // STATE 1194
		sv_restor();
		goto R999;
	case 83: // STATE 1284
		sv_restor();
		goto R999;
;
		;
		
	case 85: // STATE 1288
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 86: // STATE 1289
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 88: // STATE 1293
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 89: // STATE 1294
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 92: // STATE 1312
		;
		((P3 *)_this)->b = trpt->bup.oval;
		;
		goto R999;

	case 93: // STATE 1314
		;
		((P3 *)_this)->b = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 95: // STATE 1318
		;
		((P3 *)_this)->a = trpt->bup.oval;
		;
		goto R999;

	case 96: // STATE 1320
		;
		((P3 *)_this)->a = trpt->bup.oval;
		;
		goto R999;
	case 97: // STATE 1335
		sv_restor();
		goto R999;
	case 98: // STATE 1342
		sv_restor();
		goto R999;

	case 99: // STATE 1343
		;
	/* 0 */	((P3 *)_this)->pn = trpt->bup.oval;
		;
		;
		goto R999;

	case 100: // STATE 1344
		;
		((P3 *)_this)->lost = trpt->bup.oval;
		;
		goto R999;

	case 101: // STATE 1345
		;
		((P3 *)_this)->have = trpt->bup.oval;
		;
		goto R999;

	case 102: // STATE 1346
		;
		((P3 *)_this)->pn = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 104: // STATE 1349
		;
		((P3 *)_this)->m = trpt->bup.oval;
		;
		goto R999;

	case 105: // STATE 1351
		;
		((P3 *)_this)->m = trpt->bup.oval;
		;
		goto R999;
	case 106: // STATE 1427
		sv_restor();
		goto R999;
	case 107: // STATE 1431
		sv_restor();
		goto R999;
	case 108: // STATE 1507
		sv_restor();
		goto R999;

	case 109: // STATE 1510
		;
		((P3 *)_this)->have = trpt->bup.oval;
		;
		goto R999;

	case 110: // STATE 1511
		;
		((P3 *)_this)->pn = trpt->bup.oval;
		;
		goto R999;

	case 111: // STATE 1512
		;
		((P3 *)_this)->m = trpt->bup.oval;
		;
		goto R999;

	case 112: // STATE 1513
		;
	/* 0 */	((P3 *)_this)->rerr = trpt->bup.oval;
		;
		;
		goto R999;
	case 113: // STATE 1541
		sv_restor();
		goto R999;
	case 114: // STATE 1545
		sv_restor();
		goto R999;
	case 115: // STATE 1575
		sv_restor();
		goto R999;

	case 116: // STATE 1583
		;
	/* 0 */	((P3 *)_this)->rerr = trpt->bup.oval;
		;
		;
		goto R999;

	case 117: // STATE 1584
		;
		((P3 *)_this)->rerr = trpt->bup.oval;
		;
		goto R999;

	case 118: // STATE 1585
		;
		((P3 *)_this)->lost = trpt->bup.oval;
		;
		goto R999;

	case 119: // STATE 1586
		;
		((P3 *)_this)->k = trpt->bup.oval;
		;
		goto R999;

	case 120: // STATE 1587
		;
		((P3 *)_this)->got = trpt->bup.oval;
		;
		goto R999;

	case 121: // STATE 1588
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 123: // STATE 1590
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;
	case 124: // STATE 1594
		sv_restor();
		goto R999;
	case 125: // STATE 1599
		sv_restor();
		goto R999;
	case 126: // STATE 1603
		sv_restor();
		goto R999;

	case 127: // STATE 1606
		;
	/* 0 */	((P3 *)_this)->rerr = trpt->bup.oval;
		;
		;
		goto R999;

	case 128: // STATE 1607
		;
		((P3 *)_this)->rerr = trpt->bup.oval;
		;
		goto R999;
	case 129: // STATE 1620
		sv_restor();
		goto R999;
	case 130: // STATE 1633
		sv_restor();
		goto R999;

	case 131: // STATE 1634
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 132: // STATE 1635
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 133: // STATE 1723
		sv_restor();
		goto R999;
	case 134: // STATE 1727
		sv_restor();
		goto R999;
	case 135: // STATE 1817
		sv_restor();
		goto R999;
;
		;
		
	case 137: // STATE 1821
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 138: // STATE 1822
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 140: // STATE 1826
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 141: // STATE 1827
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 142: // STATE 1836
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 144: // STATE 1875
		sv_restor();
		goto R999;

	case 145: // STATE 1878
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 147: // STATE 1994
		sv_restor();
		goto R999;
	case 148: // STATE 1998
		sv_restor();
		goto R999;
	case 149: // STATE 2113
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 152: // STATE 2119
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 153: // STATE 2121
		;
		((P3 *)_this)->needrq = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 154: // STATE 2134
		sv_restor();
		goto R999;
	case 155: // STATE 2147
		sv_restor();
		goto R999;

	case 156: // STATE 2148
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 157: // STATE 2149
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 158: // STATE 2237
		sv_restor();
		goto R999;
	case 159: // STATE 2241
		sv_restor();
		goto R999;
	case 160: // STATE 2331
		sv_restor();
		goto R999;
;
		;
		
	case 162: // STATE 2335
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 163: // STATE 2336
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 165: // STATE 2340
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 166: // STATE 2341
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 167: // STATE 2350
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;

	case 168: // STATE 2359
		;
	/* 0 */	((P3 *)_this)->fail = trpt->bup.oval;
		;
		;
		goto R999;

	case 169: // STATE 2362
		;
	/* 0 */	((P3 *)_this)->released = trpt->bup.oval;
		;
		;
		goto R999;

	case 170: // STATE 2363
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 171: // STATE 2365
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 172: // STATE 2366
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;
	case 173: // STATE 2369
		sv_restor();
		goto R999;

	case 174: // STATE 2372
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 175: // STATE 2385
		sv_restor();
		goto R999;

	case 176: // STATE 2388
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 177: // STATE 2395
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;

	case 178: // STATE 2397
		;
	/* 0 */	((P3 *)_this)->lost = trpt->bup.oval;
		;
		;
		goto R999;

	case 179: // STATE 2398
		;
		((P3 *)_this)->lost = trpt->bup.oval;
		;
		goto R999;

	case 180: // STATE 2399
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 181: // STATE 2400
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 182: // STATE 2401
		;
	/* 0 */	((P3 *)_this)->a = trpt->bup.oval;
		;
		;
		goto R999;
	case 183: // STATE 2407
		sv_restor();
		goto R999;

	case 184: // STATE 2408
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;
	case 185: // STATE 2412
		sv_restor();
		goto R999;
	case 186: // STATE 2417
		sv_restor();
		goto R999;
	case 187: // STATE 2421
		sv_restor();
		goto R999;

	case 188: // STATE 2424
		;
	/* 0 */	((P3 *)_this)->rerr = trpt->bup.oval;
		;
		;
		goto R999;

	case 189: // STATE 2425
		;
		((P3 *)_this)->rerr = trpt->bup.oval;
		;
		goto R999;
	case 190: // STATE 2438
		sv_restor();
		goto R999;
	case 191: // STATE 2451
		sv_restor();
		goto R999;

	case 192: // STATE 2452
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 193: // STATE 2453
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 194: // STATE 2541
		sv_restor();
		goto R999;
	case 195: // STATE 2545
		sv_restor();
		goto R999;
	case 196: // STATE 2635
		sv_restor();
		goto R999;
;
		;
		
	case 198: // STATE 2639
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 199: // STATE 2640
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 201: // STATE 2644
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 202: // STATE 2645
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 203: // STATE 2654
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 205: // STATE 2693
		sv_restor();
		goto R999;

	case 206: // STATE 2696
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 208: // STATE 2812
		sv_restor();
		goto R999;
	case 209: // STATE 2816
		sv_restor();
		goto R999;
	case 210: // STATE 2931
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 213: // STATE 2937
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 214: // STATE 2939
		;
		((P3 *)_this)->needrq = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 215: // STATE 2952
		sv_restor();
		goto R999;
	case 216: // STATE 2965
		sv_restor();
		goto R999;

	case 217: // STATE 2966
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 218: // STATE 2967
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 219: // STATE 3055
		sv_restor();
		goto R999;
	case 220: // STATE 3059
		sv_restor();
		goto R999;
	case 221: // STATE 3149
		sv_restor();
		goto R999;
;
		;
		
	case 223: // STATE 3153
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 224: // STATE 3154
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 226: // STATE 3158
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 227: // STATE 3159
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 228: // STATE 3168
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 230: // STATE 3180
		;
	/* 0 */	((P3 *)_this)->released = trpt->bup.oval;
		;
		;
		goto R999;

	case 231: // STATE 3181
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 232: // STATE 3183
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 233: // STATE 3184
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;
	case 234: // STATE 3187
		sv_restor();
		goto R999;

	case 235: // STATE 3190
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 236: // STATE 3203
		sv_restor();
		goto R999;

	case 237: // STATE 3206
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 238: // STATE 3211
		;
	/* 0 */	((P3 *)_this)->k = trpt->bup.oval;
		;
		;
		goto R999;

	case 239: // STATE 3212
		;
	/* 0 */	((P3 *)_this)->a = trpt->bup.oval;
		;
		;
		goto R999;

	case 240: // STATE 3217
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;
	case 241: // STATE 3221
		sv_restor();
		goto R999;
	case 242: // STATE 3226
		sv_restor();
		goto R999;
	case 243: // STATE 3230
		sv_restor();
		goto R999;

	case 244: // STATE 3233
		;
	/* 0 */	((P3 *)_this)->rerr = trpt->bup.oval;
		;
		;
		goto R999;

	case 245: // STATE 3234
		;
		((P3 *)_this)->rerr = trpt->bup.oval;
		;
		goto R999;
	case 246: // STATE 3247
		sv_restor();
		goto R999;
	case 247: // STATE 3260
		sv_restor();
		goto R999;

	case 248: // STATE 3261
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 249: // STATE 3262
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 250: // STATE 3350
		sv_restor();
		goto R999;
	case 251: // STATE 3354
		sv_restor();
		goto R999;
	case 252: // STATE 3444
		sv_restor();
		goto R999;
;
		;
		
	case 254: // STATE 3448
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 255: // STATE 3449
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 257: // STATE 3453
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 258: // STATE 3454
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 259: // STATE 3463
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 261: // STATE 3502
		sv_restor();
		goto R999;

	case 262: // STATE 3505
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 264: // STATE 3621
		sv_restor();
		goto R999;
	case 265: // STATE 3625
		sv_restor();
		goto R999;
	case 266: // STATE 3740
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 269: // STATE 3746
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 270: // STATE 3748
		;
		((P3 *)_this)->needrq = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 271: // STATE 3761
		sv_restor();
		goto R999;
	case 272: // STATE 3774
		sv_restor();
		goto R999;

	case 273: // STATE 3775
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 274: // STATE 3776
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 275: // STATE 3864
		sv_restor();
		goto R999;
	case 276: // STATE 3868
		sv_restor();
		goto R999;
	case 277: // STATE 3958
		sv_restor();
		goto R999;
;
		;
		
	case 279: // STATE 3962
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 280: // STATE 3963
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 282: // STATE 3967
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 283: // STATE 3968
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 284: // STATE 3977
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 286: // STATE 3989
		;
	/* 0 */	((P3 *)_this)->released = trpt->bup.oval;
		;
		;
		goto R999;

	case 287: // STATE 3990
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 288: // STATE 3992
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 289: // STATE 3993
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;
	case 290: // STATE 3996
		sv_restor();
		goto R999;

	case 291: // STATE 3999
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 292: // STATE 4012
		sv_restor();
		goto R999;

	case 293: // STATE 4015
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
	case 294: // STATE 4030
		sv_restor();
		goto R999;

	case 295: // STATE 4031
		;
	/* 0 */	((P3 *)_this)->a = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 297: // STATE 4067
		sv_restor();
		goto R999;

	case 298: // STATE 4070
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 300: // STATE 4186
		sv_restor();
		goto R999;
	case 301: // STATE 4190
		sv_restor();
		goto R999;
	case 302: // STATE 4305
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 305: // STATE 4311
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 306: // STATE 4313
		;
		((P3 *)_this)->needrq = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 307: // STATE 4326
		sv_restor();
		goto R999;
	case 308: // STATE 4339
		sv_restor();
		goto R999;

	case 309: // STATE 4340
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 310: // STATE 4341
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 311: // STATE 4429
		sv_restor();
		goto R999;
	case 312: // STATE 4433
		sv_restor();
		goto R999;
	case 313: // STATE 4523
		sv_restor();
		goto R999;
;
		;
		
	case 315: // STATE 4527
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 316: // STATE 4528
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 318: // STATE 4532
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 319: // STATE 4533
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 320: // STATE 4542
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 322: // STATE 4554
		;
	/* 0 */	((P3 *)_this)->released = trpt->bup.oval;
		;
		;
		goto R999;

	case 323: // STATE 4555
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 324: // STATE 4557
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 325: // STATE 4558
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;
	case 326: // STATE 4561
		sv_restor();
		goto R999;

	case 327: // STATE 4564
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 328: // STATE 4577
		sv_restor();
		goto R999;

	case 329: // STATE 4580
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
	case 330: // STATE 4616
		sv_restor();
		goto R999;
	case 331: // STATE 4623
		sv_restor();
		goto R999;

	case 332: // STATE 4624
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 333: // STATE 4628
		;
		((P3 *)_this)->send = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 335: // STATE 4664
		sv_restor();
		goto R999;
	case 336: // STATE 4671
		sv_restor();
		goto R999;

	case 337: // STATE 4672
		;
		((P3 *)_this)->sent = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 338: // STATE 4676
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;
	case 339: // STATE 4680
		sv_restor();
		goto R999;
	case 340: // STATE 4685
		sv_restor();
		goto R999;
	case 341: // STATE 4689
		sv_restor();
		goto R999;

	case 342: // STATE 4692
		;
	/* 0 */	((P3 *)_this)->rerr = trpt->bup.oval;
		;
		;
		goto R999;

	case 343: // STATE 4693
		;
		((P3 *)_this)->rerr = trpt->bup.oval;
		;
		goto R999;
	case 344: // STATE 4706
		sv_restor();
		goto R999;
	case 345: // STATE 4719
		sv_restor();
		goto R999;

	case 346: // STATE 4720
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 347: // STATE 4721
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 348: // STATE 4809
		sv_restor();
		goto R999;
	case 349: // STATE 4813
		sv_restor();
		goto R999;
	case 350: // STATE 4903
		sv_restor();
		goto R999;
;
		;
		
	case 352: // STATE 4907
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 353: // STATE 4908
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 355: // STATE 4912
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 356: // STATE 4913
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 357: // STATE 4922
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 359: // STATE 4931
		;
	/* 0 */	((P3 *)_this)->send = trpt->bup.oval;
		;
		;
		goto R999;

	case 360: // STATE 4932
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;
	case 361: // STATE 4970
		sv_restor();
		goto R999;

	case 362: // STATE 4973
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 364: // STATE 5089
		sv_restor();
		goto R999;
	case 365: // STATE 5093
		sv_restor();
		goto R999;
	case 366: // STATE 5208
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 369: // STATE 5214
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 370: // STATE 5216
		;
		((P3 *)_this)->needrq = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 371: // STATE 5229
		sv_restor();
		goto R999;
	case 372: // STATE 5242
		sv_restor();
		goto R999;

	case 373: // STATE 5243
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 374: // STATE 5244
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 375: // STATE 5332
		sv_restor();
		goto R999;
	case 376: // STATE 5336
		sv_restor();
		goto R999;
	case 377: // STATE 5426
		sv_restor();
		goto R999;
;
		;
		
	case 379: // STATE 5430
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 380: // STATE 5431
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 382: // STATE 5435
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 383: // STATE 5436
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 384: // STATE 5445
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 386: // STATE 5457
		;
	/* 0 */	((P3 *)_this)->released = trpt->bup.oval;
		;
		;
		goto R999;

	case 387: // STATE 5458
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 388: // STATE 5460
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 389: // STATE 5461
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;
	case 390: // STATE 5464
		sv_restor();
		goto R999;

	case 391: // STATE 5467
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 392: // STATE 5480
		sv_restor();
		goto R999;

	case 393: // STATE 5483
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
		
	case 396: // STATE 5490
		;
	/* 0 */	((P3 *)_this)->sent = trpt->bup.oval;
		;
		;
		goto R999;

	case 397: // STATE 5491
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;
	case 398: // STATE 5495
		sv_restor();
		goto R999;
	case 399: // STATE 5500
		sv_restor();
		goto R999;
	case 400: // STATE 5504
		sv_restor();
		goto R999;

	case 401: // STATE 5507
		;
	/* 0 */	((P3 *)_this)->rerr = trpt->bup.oval;
		;
		;
		goto R999;

	case 402: // STATE 5508
		;
		((P3 *)_this)->rerr = trpt->bup.oval;
		;
		goto R999;
	case 403: // STATE 5521
		sv_restor();
		goto R999;
	case 404: // STATE 5534
		sv_restor();
		goto R999;

	case 405: // STATE 5535
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 406: // STATE 5536
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 407: // STATE 5624
		sv_restor();
		goto R999;
	case 408: // STATE 5628
		sv_restor();
		goto R999;
	case 409: // STATE 5718
		sv_restor();
		goto R999;
;
		;
		
	case 411: // STATE 5722
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 412: // STATE 5723
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 414: // STATE 5727
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 415: // STATE 5728
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 416: // STATE 5737
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 418: // STATE 5776
		sv_restor();
		goto R999;

	case 419: // STATE 5779
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 421: // STATE 5895
		sv_restor();
		goto R999;
	case 422: // STATE 5899
		sv_restor();
		goto R999;
	case 423: // STATE 6014
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 426: // STATE 6020
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 427: // STATE 6022
		;
		((P3 *)_this)->needrq = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 428: // STATE 6035
		sv_restor();
		goto R999;
	case 429: // STATE 6048
		sv_restor();
		goto R999;

	case 430: // STATE 6049
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 431: // STATE 6050
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 432: // STATE 6138
		sv_restor();
		goto R999;
	case 433: // STATE 6142
		sv_restor();
		goto R999;
	case 434: // STATE 6232
		sv_restor();
		goto R999;
;
		;
		
	case 436: // STATE 6236
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 437: // STATE 6237
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 439: // STATE 6241
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 440: // STATE 6242
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 441: // STATE 6251
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 443: // STATE 6263
		;
	/* 0 */	((P3 *)_this)->released = trpt->bup.oval;
		;
		;
		goto R999;

	case 444: // STATE 6264
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 445: // STATE 6266
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 446: // STATE 6267
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;
	case 447: // STATE 6270
		sv_restor();
		goto R999;

	case 448: // STATE 6273
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 449: // STATE 6286
		sv_restor();
		goto R999;

	case 450: // STATE 6289
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
	case 451: // STATE 6306
		sv_restor();
		goto R999;
;
		;
			case 453: // STATE 6345
		sv_restor();
		goto R999;

	case 454: // STATE 6348
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 456: // STATE 6464
		sv_restor();
		goto R999;
	case 457: // STATE 6468
		sv_restor();
		goto R999;
	case 458: // STATE 6583
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 461: // STATE 6589
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 462: // STATE 6591
		;
		((P3 *)_this)->needrq = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 463: // STATE 6604
		sv_restor();
		goto R999;
	case 464: // STATE 6617
		sv_restor();
		goto R999;

	case 465: // STATE 6618
		;
		((P3 *)_this)->sent = trpt->bup.oval;
		;
		goto R999;

	case 466: // STATE 6619
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 467: // STATE 6707
		sv_restor();
		goto R999;
	case 468: // STATE 6711
		sv_restor();
		goto R999;
	case 469: // STATE 6801
		sv_restor();
		goto R999;
;
		;
		
	case 471: // STATE 6805
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 472: // STATE 6806
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 474: // STATE 6810
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;

	case 475: // STATE 6811
		;
		((P3 *)_this)->fail = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 476: // STATE 6820
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;
;
		;
		
	case 478: // STATE 6832
		;
	/* 0 */	((P3 *)_this)->released = trpt->bup.oval;
		;
		;
		goto R999;

	case 479: // STATE 6833
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 480: // STATE 6835
		;
		((P3 *)_this)->expected = trpt->bup.oval;
		;
		goto R999;

	case 481: // STATE 6836
		;
		((P3 *)_this)->needrq = trpt->bup.oval;
		;
		goto R999;
	case 482: // STATE 6839
		sv_restor();
		goto R999;

	case 483: // STATE 6842
		;
		((P3 *)_this)->overlap = trpt->bup.oval;
		;
		goto R999;
	case 484: // STATE 6855
		sv_restor();
		goto R999;

	case 485: // STATE 6858
		;
		((P3 *)_this)->released = trpt->bup.oval;
		;
		goto R999;

	case 486: // STATE 6866
		;
		((P3 *)_this)->a = trpt->bup.oval;
		;
		goto R999;

	case 487: // STATE 6867
		;
		((P3 *)_this)->b = trpt->bup.oval;
		;
		goto R999;

	case 488: // STATE 6868
		;
		((P3 *)_this)->send = trpt->bup.oval;
		;
		goto R999;

	case 489: // STATE 6869
		;
	/* 0 */	((P3 *)_this)->fail = trpt->bup.oval;
		;
		;
		goto R999;

	case 490: // STATE 6870
		;
		((P3 *)_this)->fail = trpt->bup.oval;
		;
		goto R999;

	case 491: // STATE 6880
		;
		((P3 *)_this)->a = trpt->bup.oval;
		;
		goto R999;

	case 492: // STATE 6881
		;
		((P3 *)_this)->b = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 494: // STATE 6908
		sv_restor();
		goto R999;
	case 495: // STATE 6956
		sv_restor();
		goto R999;
;
		;
		
	case 497: // STATE 6963
		;
	/* 0 */	((P3 *)_this)->sw = trpt->bup.oval;
		;
		;
		goto R999;

	case 498: // STATE 6964
		;
		now.ndone = trpt->bup.oval;
		;
		goto R999;

	case 499: // STATE 6968
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC pg */
	case 500: // STATE 27
		sv_restor();
		goto R999;
	case 501: // STATE 39
		sv_restor();
		goto R999;
	case 502: // STATE 66
		sv_restor();
		goto R999;
	case 503: // STATE 78
		sv_restor();
		goto R999;
	case 504: // STATE 105
		sv_restor();
		goto R999;
	case 505: // STATE 117
		sv_restor();
		goto R999;
	case 506: // STATE 144
		sv_restor();
		goto R999;
	case 507: // STATE 156
		sv_restor();
		goto R999;
	case 508: // STATE 183
		sv_restor();
		goto R999;
	case 509: // STATE 195
		sv_restor();
		goto R999;
	case 510: // STATE 222
		sv_restor();
		goto R999;
	case 511: // STATE 234
		sv_restor();
		goto R999;
	case 512: // STATE 261
		sv_restor();
		goto R999;
	case 513: // STATE 273
		sv_restor();
		goto R999;
	case 514: // STATE 300
		sv_restor();
		goto R999;
	case 515: // STATE 312
		sv_restor();
		goto R999;

	case 516: // STATE 316
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC clock */
	case 517: // STATE 3
		sv_restor();
		goto R999;

	case 518: // STATE 7
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC producer */
	case 519: // STATE 11
		sv_restor();
		goto R999;

	case 520: // STATE 17
		;
		p_restor(II);
		;
		;
		goto R999;
	}

