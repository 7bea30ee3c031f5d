// The consumer's build passed; make sure it ran both property tests, not none.
def report = new File(basedir, 'target/surefire-reports/TEST-example.BasingLawTest.xml')
assert report.isFile() : "no test report at ${report}"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toString() == '2' : "expected 2 tests, ran ${suite.@tests}"
assert suite.@failures.toString() == '0' && suite.@errors.toString() == '0'
return true
