package org.skillcert.examples.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.skillcert.core.number.SkillLevel;

/**
 * The demo's built-in roster: 50 candidates of {@link DemoSchool} across all five levels and every
 * line of its scope, with results queryable on three dates in 2026.
 *
 * <p>Names are common Cantonese-area names, plus a compound surname (欧阳, 司徒, 上官) and a
 * four-character one (爱新觉罗) to exercise long names; one candidate from Hong Kong uses a
 * 港澳居民来往内地通行证 (R-ID-4). Resident ID numbers carry correct check characters (R-ID-1)
 * and Guangzhou address codes. Nobody here is a real person.
 */
public final class DemoRoster {

    /** The three dates results became queryable, one per exam sitting. */
    public static final List<LocalDate> QUERYABLE_DATES =
            List.of(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9));

    /** The header row the roster files use (Chinese, as schools export them). */
    public static final List<String> HEADER =
            List.of("成绩编号", "姓名", "证件类型", "证件号码", "职业名称", "工种/职业方向", "职业技能等级", "成绩可查询日期", "照片");

    // name, sex (M/F); ordered so that a cycle over PLAN gives every level and scope line
    private static final String[] PEOPLE = {
        "陈志强M", "黄嘉欣F", "李俊杰M", "梁美玲F", "林浩然M", "张晓彤F", "刘伟明M", "吴静怡F", "罗国辉M", "何咏诗F",
        "郑家豪M", "杨慧敏F", "谢文斌M", "郭颖琳F", "邓建华M", "麦凯琪F", "冯子健M", "曾雪莹F", "钟永康M", "彭丽华F",
        "潘俊宇M", "卢思敏F", "蔡国栋M", "余婉婷F", "叶志明M", "苏晓琪F", "区振邦M", "欧阳晓峰M", "司徒嘉敏F", "上官婉清F",
        "爱新觉罗启星M", "温泽霖M", "关翠珊F", "莫伟健M", "赖春燕F", "朱家乐M", "胡佩仪F", "方俊豪M", "廖淑贞F", "邱志伟M",
        "严嘉怡F", "骆子轩M", "江惠芬F", "甘文杰M", "容诗韵F", "岑家明M", "霍敏仪F", "谭国强M", "邝丽珠F", "植耀祖M",
    };

    // Guangzhou district address codes (GB/T 2260): 荔湾 越秀 海珠 天河 白云 黄埔 番禺 花都 南沙 从化 增城
    private static final String[] ADDRESS_CODES = {
        "440103", "440104", "440105", "440106", "440111", "440112", "440113", "440114", "440115", "440117", "440118",
    };

    // scope line index and level, cycled over the candidates
    private static final int[][] PLAN = {
        {0, 5}, {2, 5}, {3, 5}, {5, 4}, {1, 4}, {4, 3}, {0, 4}, {6, 5}, {2, 4}, {5, 3},
        {1, 5}, {3, 4}, {0, 3}, {4, 4}, {5, 2}, {6, 4}, {2, 3}, {0, 2}, {1, 3}, {3, 3},
        {5, 5}, {4, 2}, {0, 1}, {6, 3}, {2, 2}, {5, 1},
    };

    private static final int HONG_KONG_CANDIDATE = 9;

    private DemoRoster() {
    }

    /**
     * Returns the 50 candidates in roster order.
     *
     * @return the candidates
     */
    public static List<DemoCandidate> candidates() {
        List<DemoCandidate> out = new ArrayList<>(PEOPLE.length);
        for (int i = 0; i < PEOPLE.length; i++) {
            String person = PEOPLE[i];
            String name = person.substring(0, person.length() - 1);
            boolean man = person.endsWith("M");
            int[] plan = PLAN[i % PLAN.length];
            DemoSchool.ScopeLine line = DemoSchool.SCOPE.get(plan[0]);
            int level = plan[1];
            String idType;
            String idNumber;
            if (i == HONG_KONG_CANDIDATE) {
                idType = "港澳居民来往内地通行证";
                idNumber = "H60281534";
            } else {
                idType = "居民身份证";
                int sequence = 100 + (i * 37) % 800;
                // GB 11643: the sequence's last digit is odd for men, even for women
                sequence += (sequence % 2 == 1) == man ? 0 : 1;
                idNumber = ResidentIdNumbers.of(ADDRESS_CODES[i % ADDRESS_CODES.length], birthDate(i, level), sequence);
            }
            String photo = String.format("photos/%02d.%s", i + 1, i % 5 == 4 ? "png" : "jpg");
            out.add(new DemoCandidate(String.format("DEMO-2026-%03d", i + 1), name, idType, idNumber,
                    line.occupation(), line.job(), level, QUERYABLE_DATES.get(i % QUERYABLE_DATES.size()), photo));
        }
        return List.copyOf(out);
    }

    // senior levels are older people: level 1 born around 1976, level 5 around 2006
    private static LocalDate birthDate(int i, int level) {
        int year = 1976 + (level - 1) * 7 + i % 4;
        return LocalDate.of(year, 1 + (i * 5) % 12, 1 + (i * 11) % 28);
    }

    /**
     * Writes the roster as a CSV file the way Excel's "CSV UTF-8" saves it (UTF-8 with a byte
     * order mark, Chinese headers, CRLF line ends), with the level in its certificate text (R-LVL-1).
     *
     * @param file the CSV file to write (replaced if it exists)
     * @param candidates the candidates to write
     * @throws IOException if the file cannot be written
     */
    public static void writeCsv(Path file, List<DemoCandidate> candidates) throws IOException {
        // the roster holds full ID numbers: created private to its owner on POSIX
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix") && !Files.exists(file)) {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        }
        try (OutputStream out = Files.newOutputStream(file);
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            csv.printRecord(HEADER);
            for (DemoCandidate c : candidates) {
                csv.printRecord(c.resultId(), c.name(), c.idType(), c.idNumber(), c.occupation(), c.job(),
                        SkillLevel.of(c.level()).chineseText(), c.queryable().toString(), c.photo());
            }
        }
    }

    /**
     * Writes the photos the roster names, under {@code folder} (see {@link DemoPhoto}).
     *
     * @param folder the roster's folder; the {@code photos} sub-folder is created
     * @param candidates the candidates whose photos to write
     * @throws IOException if a file cannot be written
     */
    public static void writePhotos(Path folder, List<DemoCandidate> candidates) throws IOException {
        for (int i = 0; i < candidates.size(); i++) {
            DemoCandidate c = candidates.get(i);
            Path file = folder.resolve(c.photo());
            Files.createDirectories(file.getParent());
            Files.write(file, c.photo().endsWith(".png") ? DemoPhoto.png(i) : DemoPhoto.jpeg(i));
        }
    }
}
